import { describe, expect, it } from 'vitest';
import { regionToViewportRect, toPercentRect, viewportTransform } from './bbox-to-viewport';

// An A4 portrait page: 595 x 842 points.
const W = 595;
const H = 842;
const box = { x0: 50, y0: 700, x1: 250, y1: 742 };

describe('viewportTransform + regionToViewportRect', () => {
  it('flips the y axis at rotation 0', () => {
    expect(regionToViewportRect(box, viewportTransform(W, H, 1))).toEqual({
      left: 50,
      top: 100,
      width: 200,
      height: 42,
    });
  });

  it('scales', () => {
    expect(regionToViewportRect(box, viewportTransform(W, H, 1.5))).toEqual({
      left: 75,
      top: 150,
      width: 300,
      height: 63,
    });
  });

  it('rotates 90 degrees clockwise (the page becomes landscape)', () => {
    // x' = y, y' = x: the top of the page is now on the right.
    expect(regionToViewportRect(box, viewportTransform(W, H, 1, 90))).toEqual({
      left: 700,
      top: 50,
      width: 42,
      height: 200,
    });
  });

  it('rotates 180 degrees', () => {
    expect(regionToViewportRect(box, viewportTransform(W, H, 1, 180))).toEqual({
      left: 345,
      top: 700,
      width: 200,
      height: 42,
    });
  });

  it('rotates 270 degrees', () => {
    expect(regionToViewportRect(box, viewportTransform(W, H, 1, 270))).toEqual({
      left: 100,
      top: 345,
      width: 42,
      height: 200,
    });
  });

  it('keeps the whole page inside the viewport at every rotation', () => {
    for (const rotation of [0, 90, 180, 270]) {
      const rect = regionToViewportRect({ x0: 0, y0: 0, x1: W, y1: H }, viewportTransform(W, H, 2, rotation));
      expect(rect.left).toBe(0);
      expect(rect.top).toBe(0);
      expect([rect.width, rect.height].sort()).toEqual([W * 2, H * 2].sort());
    }
  });

  it('adds padding on every side', () => {
    expect(regionToViewportRect(box, viewportTransform(W, H, 1), 4)).toEqual({
      left: 46,
      top: 96,
      width: 208,
      height: 50,
    });
  });
});

describe('toPercentRect', () => {
  it('expresses the rectangle relative to the page', () => {
    expect(toPercentRect({ left: 50, top: 100, width: 200, height: 42 }, 500, 1000)).toEqual({
      left: '10.000%',
      top: '10.000%',
      width: '40.000%',
      height: '4.200%',
    });
  });
});
