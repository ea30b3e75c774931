import { Alert, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import classes from './MediaViewer.module.css';
import { ViewerError } from './ViewerError';

export interface MediaViewerProps {
  readonly src: string;
  readonly fileName: string;
  readonly kind: 'audio' | 'video';
}

/**
 * The browser's own players. The evidence protocol answers range requests,
 * so seeking works without loading the whole file.
 */
export function MediaViewer({ src, fileName, kind }: MediaViewerProps) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const label = `${kind === 'video' ? 'Video' : 'Recording'}: ${fileName}`;

  if (failedSrc === src) {
    return (
      <ViewerError
        message={`This ${kind === 'video' ? 'video' : 'recording'} cannot be played. It may use a format this app cannot play, or it has changed since it was received.`}
      />
    );
  }
  const onError = () => setFailedSrc(src);
  return (
    <Stack gap="sm">
      {kind === 'video' ? (
        <video
          key={src}
          className={classes.video}
          src={src}
          controls
          preload="metadata"
          aria-label={label}
          onError={onError}
        />
      ) : (
        <audio
          key={src}
          className={classes.audio}
          src={src}
          controls
          preload="metadata"
          aria-label={label}
          onError={onError}
        />
      )}
      <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden="true" />}>
        {kind === 'video'
          ? 'No captions came with this video. If the learner speaks, ask for a transcript if you need one.'
          : 'No transcript came with this recording. Ask the learner for one if you need it.'}
      </Alert>
    </Stack>
  );
}
