/** Zoom, pan and rotation of the image viewer, as a pure reducer. */
export interface ImageTransform {
  /** 1 = the whole image fits the view. */
  readonly zoom: number;
  /** Clockwise quarter turns: 0, 90, 180 or 270. */
  readonly rotation: number;
  /** Offset of the image centre in CSS pixels. */
  readonly x: number;
  readonly y: number;
}

export type ImageAction =
  | { readonly type: 'zoom-in' }
  | { readonly type: 'zoom-out' }
  | { readonly type: 'rotate' }
  | { readonly type: 'reset' }
  | { readonly type: 'pan'; readonly dx: number; readonly dy: number };

export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 8;
const ZOOM_STEP = 1.25;
/** How far one arrow key press moves a zoomed image. */
export const PAN_STEP = 40;

export const initialTransform: ImageTransform = { zoom: 1, rotation: 0, x: 0, y: 0 };

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function imageTransformReducer(state: ImageTransform, action: ImageAction): ImageTransform {
  switch (action.type) {
    case 'zoom-in':
      return { ...state, zoom: clamp(round(state.zoom * ZOOM_STEP), MIN_ZOOM, MAX_ZOOM) };
    case 'zoom-out': {
      const zoom = clamp(round(state.zoom / ZOOM_STEP), MIN_ZOOM, MAX_ZOOM);
      // Back at (or below) the fitted size there is nothing to pan to.
      return zoom <= 1 ? { ...state, zoom, x: 0, y: 0 } : { ...state, zoom };
    }
    case 'rotate':
      return { ...state, rotation: (state.rotation + 90) % 360 };
    case 'reset':
      return initialTransform;
    case 'pan':
      if (!canPan(state)) return state;
      return { ...state, x: state.x + action.dx, y: state.y + action.dy };
  }
}

export function canPan(state: ImageTransform): boolean {
  return state.zoom > 1;
}

function round(zoom: number): number {
  return Math.round(zoom * 1000) / 1000;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * The scale at which the (rotated) image fits the view, never enlarging a
 * small image past its natural size.
 */
export function fitScale(natural: Size, view: Size, rotation: number): number {
  const sideways = rotation % 180 !== 0;
  const width = sideways ? natural.height : natural.width;
  const height = sideways ? natural.width : natural.height;
  if (width <= 0 || height <= 0 || view.width <= 0 || view.height <= 0) return 1;
  return Math.min(view.width / width, view.height / height, 1);
}

/** The key a viewer understands, as an action (or null to let the key through). */
export function actionForKey(key: string): ImageAction | null {
  switch (key) {
    case '+':
    case '=':
      return { type: 'zoom-in' };
    case '-':
    case '_':
      return { type: 'zoom-out' };
    case 'r':
    case 'R':
      return { type: 'rotate' };
    case '0':
      return { type: 'reset' };
    case 'ArrowLeft':
      return { type: 'pan', dx: PAN_STEP, dy: 0 };
    case 'ArrowRight':
      return { type: 'pan', dx: -PAN_STEP, dy: 0 };
    case 'ArrowUp':
      return { type: 'pan', dx: 0, dy: PAN_STEP };
    case 'ArrowDown':
      return { type: 'pan', dx: 0, dy: -PAN_STEP };
    default:
      return null;
  }
}
