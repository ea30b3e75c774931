import { describe, expect, it } from 'vitest';
import type { ImageAction, ImageTransform } from './imageTransform';
import {
  actionForKey,
  canPan,
  fitScale,
  imageTransformReducer,
  initialTransform,
  MAX_ZOOM,
  MIN_ZOOM,
} from './imageTransform';

function run(...actions: ImageAction[]): ImageTransform {
  return actions.reduce(imageTransformReducer, initialTransform);
}

describe('imageTransformReducer', () => {
  it('zooms in and out in steps, within limits', () => {
    expect(run({ type: 'zoom-in' }).zoom).toBe(1.25);
    expect(run({ type: 'zoom-out' }).zoom).toBe(0.8);
    const many = (type: 'zoom-in' | 'zoom-out') => Array.from({ length: 40 }, () => ({ type }));
    expect(run(...many('zoom-in')).zoom).toBe(MAX_ZOOM);
    expect(run(...many('zoom-out')).zoom).toBe(MIN_ZOOM);
  });

  it('pans only when zoomed past the fitted size', () => {
    expect(run({ type: 'pan', dx: 10, dy: 5 })).toEqual(initialTransform);
    const zoomed = run({ type: 'zoom-in' }, { type: 'pan', dx: 10, dy: 5 });
    expect(zoomed).toMatchObject({ x: 10, y: 5 });
    expect(canPan(zoomed)).toBe(true);
  });

  it('recentres when zoomed back out to fit', () => {
    const state = run({ type: 'zoom-in' }, { type: 'pan', dx: 10, dy: 5 }, { type: 'zoom-out' });
    expect(state).toMatchObject({ zoom: 1, x: 0, y: 0 });
  });

  it('rotates by quarter turns and resets everything', () => {
    const rotate = { type: 'rotate' } as const;
    expect(run(rotate).rotation).toBe(90);
    expect(run(rotate, rotate, rotate, rotate).rotation).toBe(0);
    expect(run(rotate, { type: 'zoom-in' }, { type: 'reset' })).toEqual(initialTransform);
  });
});

describe('fitScale', () => {
  const view = { width: 800, height: 600 };

  it('shrinks a large image to fit and keeps a small one at natural size', () => {
    expect(fitScale({ width: 1600, height: 600 }, view, 0)).toBe(0.5);
    expect(fitScale({ width: 100, height: 50 }, view, 0)).toBe(1);
  });

  it('swaps sides when the image is turned sideways', () => {
    expect(fitScale({ width: 1600, height: 600 }, view, 90)).toBe(0.375);
    expect(fitScale({ width: 1600, height: 600 }, view, 180)).toBe(0.5);
  });

  it('is 1 when a size is unknown', () => {
    expect(fitScale({ width: 0, height: 0 }, view, 0)).toBe(1);
    expect(fitScale({ width: 10, height: 10 }, { width: 0, height: 0 }, 0)).toBe(1);
  });
});

describe('actionForKey', () => {
  it.each([
    ['+', 'zoom-in'],
    ['=', 'zoom-in'],
    ['-', 'zoom-out'],
    ['r', 'rotate'],
    ['0', 'reset'],
    ['ArrowLeft', 'pan'],
  ])('%s → %s', (key, type) => {
    expect(actionForKey(key)?.type).toBe(type);
  });

  it('lets other keys through', () => {
    expect(actionForKey('Tab')).toBeNull();
    expect(actionForKey('Enter')).toBeNull();
  });
});
