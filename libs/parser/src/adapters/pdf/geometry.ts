/** Affine matrices in PDF order [a, b, c, d, e, f] and axis-aligned boxes. */
export type Matrix = readonly [number, number, number, number, number, number];

/** A rectangle in reading space: origin top-left, y growing downwards, text running left to right. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The matrix that applies `first`, then `second`. */
export function multiply(first: Matrix, second: Matrix): Matrix {
  const [a1, b1, c1, d1, e1, f1] = first;
  const [a2, b2, c2, d2, e2, f2] = second;
  return [
    a1 * a2 + b1 * c2,
    a1 * b2 + b1 * d2,
    c1 * a2 + d1 * c2,
    c1 * b2 + d1 * d2,
    e1 * a2 + f1 * c2 + e2,
    e1 * b2 + f1 * d2 + f2,
  ];
}

export function applyPoint(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Applies only the linear part: for directions and lengths. */
export function applyVector(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y, m[1] * x + m[3] * y];
}

export function invert(m: Matrix): Matrix {
  const [a, b, c, d, e, f] = m;
  const det = a * d - b * c;
  if (det === 0) return IDENTITY;
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}

/** The axis-aligned bounds of a box after a transform. */
export function transformBox(m: Matrix, box: Box): Box {
  const [a, b, c, d, e, f] = m;
  const xa = a * box.x0 + c * box.y0 + e;
  const xb = a * box.x1 + c * box.y0 + e;
  const xc = a * box.x0 + c * box.y1 + e;
  const xd = a * box.x1 + c * box.y1 + e;
  const ya = b * box.x0 + d * box.y0 + f;
  const yb = b * box.x1 + d * box.y0 + f;
  const yc = b * box.x0 + d * box.y1 + f;
  const yd = b * box.x1 + d * box.y1 + f;
  return { x0: Math.min(xa, xb, xc, xd), y0: Math.min(ya, yb, yc, yd), x1: Math.max(xa, xb, xc, xd), y1: Math.max(ya, yb, yc, yd) };
}

export function union(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const box of boxes) {
    x0 = Math.min(x0, box.x0);
    y0 = Math.min(y0, box.y0);
    x1 = Math.max(x1, box.x1);
    y1 = Math.max(y1, box.y1);
  }
  return { x0, y0, x1, y1 };
}

/** Length of the overlap of two intervals (negative when they are apart). */
export function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.min(a1, b1) - Math.max(a0, b0);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The median font size of the fragments of `lines`, without collecting the sizes in nested arrays first. */
export function medianFontSize(lines: readonly { fragments: readonly { fontSize: number }[] }[]): number {
  let count = 0;
  for (const line of lines) count += line.fragments.length;
  const sizes = new Float64Array(count);
  let k = 0;
  for (const line of lines) for (const f of line.fragments) sizes[k++] = f.fontSize;
  // A typed array sorts numerically, without a comparison function.
  sizes.sort();
  const mid = count >> 1;
  if (count === 0) return 0;
  return count % 2 === 1 ? (sizes[mid] ?? 0) : ((sizes[mid - 1] ?? 0) + (sizes[mid] ?? 0)) / 2;
}
