import { ActionIcon, Box, Group, Loader, Text, Tooltip } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { IconRotateClockwise2, IconZoomIn, IconZoomOut, IconZoomReset } from '@tabler/icons-react';
import { useReducer, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent, SyntheticEvent } from 'react';
import type { ImageAction, Size } from './imageTransform';
import {
  actionForKey,
  canPan,
  fitScale,
  imageTransformReducer,
  initialTransform,
  MAX_ZOOM,
  MIN_ZOOM,
} from './imageTransform';
import classes from './ImageViewer.module.css';
import { ViewerError } from './ViewerError';

export interface ImageViewerProps {
  readonly src: string;
  readonly fileName: string;
  /** SVG is shown the same way: only ever as an <img>, where its scripts never run. */
  readonly kind?: 'image' | 'svg';
}

type Loaded =
  | { readonly src: string; readonly natural: Size }
  | { readonly src: string; readonly failed: true };

/** An SVG without width/height reports no natural size: Chromium draws it at 300 × 150. */
const DEFAULT_SIZE: Size = { width: 300, height: 150 };

/** The image viewer inside a keyed wrapper, so a new file starts at the fitted view. */
export function ImageViewer(props: ImageViewerProps) {
  return <ImageView key={props.src} {...props} />;
}

function ImageView({ src, fileName, kind = 'image' }: ImageViewerProps) {
  const [state, dispatch] = useReducer(imageTransformReducer, initialTransform);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const { ref: viewRef, width, height } = useElementSize<HTMLDivElement>();
  const drag = useRef<{ x: number; y: number } | null>(null);

  if (loaded !== null && 'failed' in loaded) {
    return (
      <ViewerError
        message={`This ${kind === 'svg' ? 'drawing' : 'image'} cannot be shown. It may be damaged, or it has changed since it was received.`}
      />
    );
  }
  const natural = loaded?.natural ?? DEFAULT_SIZE;
  const scale = fitScale(natural, { width, height }, state.rotation) * state.zoom;

  const act = (action: ImageAction) => dispatch(action);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const action = actionForKey(event.key);
    if (action === null || (action.type === 'pan' && !canPan(state))) return;
    event.preventDefault();
    dispatch(action);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (!canPan(state) || event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, y: event.clientY };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current === null) return;
    dispatch({
      type: 'pan',
      dx: event.clientX - drag.current.x,
      dy: event.clientY - drag.current.y,
    });
    drag.current = { x: event.clientX, y: event.clientY };
  };
  const endDrag = () => {
    drag.current = null;
  };
  const onLoad = (event: SyntheticEvent<HTMLImageElement>) => {
    const { naturalWidth, naturalHeight } = event.currentTarget;
    setLoaded({
      src,
      natural:
        naturalWidth > 0 && naturalHeight > 0
          ? { width: naturalWidth, height: naturalHeight }
          : DEFAULT_SIZE,
    });
  };

  return (
    <Box>
      <Group gap="xs" mb="xs" role="toolbar" aria-label="Image controls">
        <Tooltip label="Zoom out (−)">
          <ActionIcon
            variant="default"
            aria-label="Zoom out"
            disabled={state.zoom <= MIN_ZOOM}
            onClick={() => act({ type: 'zoom-out' })}
          >
            <IconZoomOut size={18} aria-hidden="true" />
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Zoom in (+)">
          <ActionIcon
            variant="default"
            aria-label="Zoom in"
            disabled={state.zoom >= MAX_ZOOM}
            onClick={() => act({ type: 'zoom-in' })}
          >
            <IconZoomIn size={18} aria-hidden="true" />
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Rotate 90° clockwise (R)">
          <ActionIcon
            variant="default"
            aria-label="Rotate 90 degrees clockwise"
            onClick={() => act({ type: 'rotate' })}
          >
            <IconRotateClockwise2 size={18} aria-hidden="true" />
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Fit and reset (0)">
          <ActionIcon
            variant="default"
            aria-label="Reset view"
            onClick={() => act({ type: 'reset' })}
          >
            <IconZoomReset size={18} aria-hidden="true" />
          </ActionIcon>
        </Tooltip>
        <Text size="sm" aria-live="polite">
          {`${Math.round(state.zoom * 100)}%${state.rotation === 0 ? '' : `, turned ${state.rotation}°`}`}
        </Text>
      </Group>
      <div
        ref={viewRef}
        className={classes.view}
        data-pannable={canPan(state) || undefined}
        tabIndex={0}
        role="region"
        aria-label={`${fileName}: + and − zoom, arrow keys move a zoomed image, R rotates, 0 resets`}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        {loaded === null && (
          <Loader className={classes.loader} size="sm" aria-label={`Loading ${fileName}`} />
        )}
        <img
          src={src}
          alt={`Evidence: ${fileName}`}
          className={classes.image}
          draggable={false}
          decoding="async"
          onLoad={onLoad}
          onError={() => setLoaded({ src, failed: true })}
          style={{
            width: natural.width,
            height: natural.height,
            transform: `translate(-50%, -50%) translate(${state.x}px, ${state.y}px) rotate(${state.rotation}deg) scale(${scale})`,
            visibility: loaded === null ? 'hidden' : 'visible',
          }}
        />
      </div>
    </Box>
  );
}
