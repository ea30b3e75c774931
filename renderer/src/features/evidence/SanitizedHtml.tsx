import { Stack, Text } from '@mantine/core';
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { MouseEvent } from 'react';
import classes from './SanitizedHtml.module.css';
import { sanitizeEvidenceHtml } from './sanitizeEvidenceHtml';

export interface SanitizedHtmlProps {
  /** Untrusted HTML: sanitized here, never parsed or run as is. */
  readonly html: string;
  /** Accessible name of the rendered document region. */
  readonly label: string;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Nothing in evidence navigates: links have no href, and a click is stopped anyway. */
function stopNavigation(event: MouseEvent<HTMLElement>): void {
  if (event.target instanceof Element && event.target.closest('a') !== null) {
    event.preventDefault();
  }
}

export function SanitizedHtml({ html, label }: SanitizedHtmlProps) {
  const container = useRef<HTMLElement>(null);
  const sanitized = useMemo(() => sanitizeEvidenceHtml(html), [html]);

  useLayoutEffect(() => {
    // A clone each time: a fragment empties when appended (and StrictMode runs this twice).
    container.current?.replaceChildren(sanitized.fragment.cloneNode(true));
  }, [sanitized]);

  const notes: string[] = [];
  if (sanitized.removedUnsafe > 0) {
    notes.push(
      plural(sanitized.removedUnsafe, 'unsafe part was', 'unsafe parts were') + ' removed',
    );
  }
  if (sanitized.removedImages > 0) {
    notes.push(
      plural(sanitized.removedImages, 'image', 'images') +
        ' linked from outside the file not shown',
    );
  }
  if (sanitized.disabledLinks > 0) {
    notes.push(plural(sanitized.disabledLinks, 'link is', 'links are') + ' shown as text only');
  }

  return (
    <Stack gap="xs">
      {notes.length > 0 && (
        <Text size="sm" c="dimmed">
          {`For safety: ${notes.join('; ')}.`}
        </Text>
      )}
      <article
        ref={container}
        aria-label={label}
        className={classes.document}
        onClick={stopNavigation}
        onAuxClick={stopNavigation}
      />
    </Stack>
  );
}
