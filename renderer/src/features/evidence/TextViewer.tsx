import { Box, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { formatBytes } from '../../../../shared/format';
import { decodeText } from './decodeText';
import { evidenceErrorMessage } from './fetchEvidence';
import classes from './TextViewer.module.css';
import { useEvidenceBytes } from './useEvidenceBytes';
import { ViewerError } from './ViewerError';
import { ViewerLoading } from './ViewerLoading';
import { ViewerNotice } from './ViewerNotice';

/** Larger text files (logs, exports) show only their start. */
export const TEXT_PREVIEW_BYTES = 2 * 1024 * 1024;

export interface TextViewerProps {
  readonly src: string;
  readonly fileName: string;
  readonly size: number;
}

export function TextViewer({ src, fileName, size }: TextViewerProps) {
  const state = useEvidenceBytes(src, TEXT_PREVIEW_BYTES);
  const text = useMemo(
    () => (state.status === 'ready' ? decodeText(state.value.bytes, state.value.truncated) : ''),
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
      <Box role="region" aria-label={`Text of ${fileName}`} tabIndex={0} className={classes.frame}>
        <pre className={classes.text}>{text === '' ? '(This file is empty.)' : text}</pre>
      </Box>
    </Stack>
  );
}
