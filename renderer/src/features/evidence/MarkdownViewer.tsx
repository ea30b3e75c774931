import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { formatBytes } from '../../../../shared/format';
import { decodeText } from './decodeText';
import { evidenceErrorMessage } from './fetchEvidence';
import { markdownToHtml } from './markdownToHtml';
import { SanitizedHtml } from './SanitizedHtml';
import { TEXT_PREVIEW_BYTES } from './TextViewer';
import { useEvidenceBytes } from './useEvidenceBytes';
import { ViewerError } from './ViewerError';
import { ViewerLoading } from './ViewerLoading';
import { ViewerNotice } from './ViewerNotice';

export interface MarkdownViewerProps {
  readonly src: string;
  readonly fileName: string;
  readonly size: number;
}

/** Markdown rendered by marked (raw HTML escaped), then sanitized: nothing runs, nothing loads. */
export function MarkdownViewer({ src, fileName, size }: MarkdownViewerProps) {
  const state = useEvidenceBytes(src, TEXT_PREVIEW_BYTES);
  const html = useMemo(
    () =>
      state.status === 'ready'
        ? markdownToHtml(decodeText(state.value.bytes, state.value.truncated))
        : '',
    [state],
  );

  if (state.status === 'loading') return <ViewerLoading label={`Loading ${fileName}…`} />;
  if (state.status === 'error') {
    return (
      <ViewerError message={evidenceErrorMessage(state.error, 'The text could not be read.')} />
    );
  }
  return (
    <Stack gap="sm">
      {state.value.truncated && (
        <ViewerNotice title="Only the start is shown">
          {`This file is ${formatBytes(size)}; the first ${formatBytes(TEXT_PREVIEW_BYTES)} are shown.`}
        </ViewerNotice>
      )}
      <SanitizedHtml html={html} label={`Contents of ${fileName}`} />
    </Stack>
  );
}
