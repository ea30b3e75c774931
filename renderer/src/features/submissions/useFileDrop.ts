/**
 * Files dropped from the OS onto a submission. Written here rather than with
 * a dropzone package: the drop must hand the preload the very `File`s the OS
 * dropped (a folder included, so main can refuse it by name), not a list a
 * library rebuilt by walking folders.
 */
import { notifications } from '@mantine/notifications';
import type { DragEvent } from 'react';
import { useCallback, useRef, useState } from 'react';
import type { PickedFile } from '../../../../shared/ipc/contract';
import { registerDroppedFiles } from '../../api/client';

/** Only drags that carry files from the OS are drops for us (not dragged text or links). */
function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

export interface FileDrop {
  /** A drag with files is over the zone. */
  readonly over: boolean;
  /** Why the last drop added nothing, until the next drag. */
  readonly problem: string | null;
  readonly busy: boolean;
  readonly handlers: {
    readonly onDragEnter: (event: DragEvent) => void;
    readonly onDragOver: (event: DragEvent) => void;
    readonly onDragLeave: (event: DragEvent) => void;
    readonly onDrop: (event: DragEvent) => void;
  };
}

/** Turns a drop into file tokens (main checks every file) and hands them to `onFiles`. */
export function useFileDrop(
  onFiles: (files: readonly PickedFile[]) => Promise<void>,
  disabled: boolean,
): FileDrop {
  const [over, setOver] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // dragenter/dragleave fire for every child the pointer crosses: count them.
  const depth = useRef(0);

  const onDragEnter = useCallback(
    (event: DragEvent) => {
      if (disabled || !carriesFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setOver(true);
      setProblem(null);
    },
    [disabled],
  );

  const onDragOver = useCallback(
    (event: DragEvent) => {
      if (disabled || !carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    [disabled],
  );

  const onDragLeave = useCallback((event: DragEvent) => {
    if (!carriesFiles(event)) return;
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setOver(false);
  }, []);

  const receive = useCallback(
    async (files: readonly File[]) => {
      setBusy(true);
      try {
        const result = await registerDroppedFiles(files, { notify: false });
        if (!result.ok) {
          setProblem(result.error.message);
          notifications.show({
            color: 'red',
            title: 'The dropped files were not added',
            message: result.error.message,
            autoClose: false,
          });
          return;
        }
        await onFiles(result.value);
      } finally {
        setBusy(false);
      }
    },
    [onFiles],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Always: a file dropped anywhere must never make the window navigate to it.
      event.preventDefault();
      depth.current = 0;
      setOver(false);
      const files = Array.from(event.dataTransfer.files);
      if (disabled || files.length === 0) return;
      void receive(files);
    },
    [disabled, receive],
  );

  return { over, problem, busy, handlers: { onDragEnter, onDragOver, onDragLeave, onDrop } };
}
