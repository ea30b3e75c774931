import { Box, Stack, Switch, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { formatBytes } from '../../../../shared/format';
import { decodeText } from './decodeText';
import { evidenceErrorMessage } from './fetchEvidence';
import { SanitizedHtml } from './SanitizedHtml';
import classes from './TextViewer.module.css';
import { TEXT_PREVIEW_BYTES } from './TextPreview';
import { useEvidenceBytes } from './useEvidenceBytes';
import { ViewerError } from './ViewerError';
import { ViewerLoading } from './ViewerLoading';
import { ViewerNotice } from './ViewerNotice';

export interface HtmlViewerProps {
  readonly src: string;
  readonly fileName: string;
  readonly size: number;
}

/**
 * HTML evidence (an LMS's online text) is never executed: it is shown
 * sanitized (no scripts, handlers, frames, forms, styles or outside
 * resources), or as escaped source text.
 */
export function HtmlViewer({ src, fileName, size }: HtmlViewerProps) {
  const state = useEvidenceBytes(src, TEXT_PREVIEW_BYTES);
  const [showSource, setShowSource] = useState(false);
  const source = useMemo(
    () => (state.status === 'ready' ? decodeText(state.value.bytes, state.value.truncated) : ''),
    [state],
  );

  if (state.status === 'loading') return <ViewerLoading label={`Loading ${fileName}…`} />;
  if (state.status === 'error') {
    return (
      <ViewerError message={evidenceErrorMessage(state.error, 'The page could not be read.')} />
    );
  }
  return (
    <Stack gap="sm">
      <Switch
        label="Show source"
        description="The HTML as text, exactly as received"
        checked={showSource}
        onChange={(event) => setShowSource(event.currentTarget.checked)}
      />
      {state.value.truncated && (
        <ViewerNotice title="Only the start is shown">
          {`This file is ${formatBytes(size)}; the first ${formatBytes(TEXT_PREVIEW_BYTES)} are shown.`}
        </ViewerNotice>
      )}
      {showSource ? (
        <Box
          role="region"
          aria-label={`Source of ${fileName}`}
          tabIndex={0}
          className={classes.frame}
        >
          <pre className={classes.text}>{source}</pre>
        </Box>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            Shown as a safe copy: scripts, forms, styles and outside content are removed.
          </Text>
          <SanitizedHtml html={source} label={`Contents of ${fileName}`} />
        </>
      )}
    </Stack>
  );
}
