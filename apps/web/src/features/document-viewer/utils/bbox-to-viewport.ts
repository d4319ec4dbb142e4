/** A 2D affine transform [a, b, c, d, e, f], as pdf.js's PageViewport.transform. */
export type Transform = [number, number, number, number, number, number];

export interface RegionBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface CssRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The transform pdf.js uses for a page whose view box starts at the origin: PDF user space
 * (points, origin bottom-left, y up) to viewport pixels (origin top-left, y down), scaled and
 * rotated clockwise by 0, 90, 180 or 270 degrees.
 */
export function viewportTransform(
  pageWidth: number,
  pageHeight: number,
  scale: number,
  rotation = 0,
): Transform {
  switch (((rotation % 360) + 360) % 360) {
    case 90:
      return [0, scale, scale, 0, 0, 0];
    case 180:
      return [-scale, 0, 0, scale, pageWidth * scale, 0];
    case 270:
      return [0, -scale, -scale, 0, pageHeight * scale, pageWidth * scale];
    default:
      return [scale, 0, 0, -scale, 0, pageHeight * scale];
  }
}

function apply([a, b, c, d, e, f]: Transform, x: number, y: number): [number, number] {
  return [a * x + c * y + e, b * x + d * y + f];
}

/** Converts a PDF user-space box to a CSS rectangle on the rendered page, with optional padding in pixels. */
export function regionToViewportRect(region: RegionBox, transform: Transform, padding = 0): CssRect {
  const [ax, ay] = apply(transform, region.x0, region.y0);
  const [bx, by] = apply(transform, region.x1, region.y1);
  const left = Math.min(ax, bx) - padding;
  const top = Math.min(ay, by) - padding;
  return { left, top, width: Math.abs(bx - ax) + 2 * padding, height: Math.abs(by - ay) + 2 * padding };
}

/** Expresses a rectangle as percentages of the rendered page, so it stays aligned when the canvas is resized by CSS. */
export function toPercentRect(rect: CssRect, viewportWidth: number, viewportHeight: number) {
  const pct = (value: number, of: number) => `${((value / of) * 100).toFixed(3)}%`;
  return {
    left: pct(rect.left, viewportWidth),
    top: pct(rect.top, viewportHeight),
    width: pct(rect.width, viewportWidth),
    height: pct(rect.height, viewportHeight),
  };
}
