import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatBytes } from '../../../../shared/format';
import { decodeText } from './decodeText';
import { evidenceErrorMessage } from './fetchEvidence';
import { useEvidenceBytes } from './useEvidenceBytes';
import { ViewerError } from './ViewerError';
import { ViewerLoading } from './ViewerLoading';
import { ViewerNotice } from './ViewerNotice';

/** Larger text files (logs, exports) show only their start. */
export const TEXT_PREVIEW_BYTES = 2 * 1024 * 1024;

export interface TextPreviewProps {
  readonly src: string;
  readonly fileName: string;
  readonly size: number;
  /** Renders the decoded text (plain or converted). */
  readonly children: (text: string) => ReactNode;
}

/** The start of a text file: loading and error states, and a notice when it was cut. */
export function TextPreview({ src, fileName, size, children }: TextPreviewProps) {
  const state = useEvidenceBytes(src, TEXT_PREVIEW_BYTES);
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
      {children(decodeText(state.value.bytes, state.value.truncated))}
    </Stack>
  );
}
