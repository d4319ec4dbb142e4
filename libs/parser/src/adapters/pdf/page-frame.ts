/**
 * Reading space: the page as a reader sees it, text running left to right, y downwards. It applies the
 * viewport (which honours /Rotate) and then turns the page so that most of its text is upright, which
 * also straightens pages whose content was drawn sideways.
 */
import { applyPoint, applyVector, invert, multiply, type Matrix } from './geometry';

export interface TextDirectionSample {
  transform: readonly number[];
  weight: number;
}

export interface PageFrame {
  /** PDF user space to reading space. */
  toReading: Matrix;
  toUser: Matrix;
  width: number;
  height: number;
  /** Extra quarter turns applied to make the text upright (0 to 3). */
  quarterTurns: number;
}

/** 0: left to right; 1: top to bottom; 2: right to left; 3: bottom to top. */
export function quarterOf(dx: number, dy: number): number {
  if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? 0 : 2;
  return dy >= 0 ? 1 : 3;
}

const TURNS: Matrix[] = [
  [1, 0, 0, 1, 0, 0],
  [0, -1, 1, 0, 0, 0],
  [-1, 0, 0, -1, 0, 0],
  [0, 1, -1, 0, 0, 0],
];

export function buildPageFrame(viewportTransform: readonly number[], viewWidth: number, viewHeight: number, samples: TextDirectionSample[]): PageFrame {
  const viewport = viewportTransform.slice(0, 6) as unknown as Matrix;
  const votes = [0, 0, 0, 0];
  for (const sample of samples) {
    const [a = 0, b = 0] = sample.transform;
    const [dx, dy] = applyVector(viewport, a, b);
    if (dx === 0 && dy === 0) continue;
    const quarter = quarterOf(dx, dy);
    votes[quarter] = (votes[quarter] ?? 0) + sample.weight;
  }
  const quarterTurns = votes.indexOf(Math.max(...votes));
  const turn = TURNS[quarterTurns] ?? TURNS[0];
  let toReading = multiply(viewport, turn as Matrix);
  const corners = [applyPoint(turn as Matrix, 0, 0), applyPoint(turn as Matrix, viewWidth, viewHeight)];
  const minX = Math.min(corners[0]?.[0] ?? 0, corners[1]?.[0] ?? 0);
  const minY = Math.min(corners[0]?.[1] ?? 0, corners[1]?.[1] ?? 0);
  toReading = multiply(toReading, [1, 0, 0, 1, -minX, -minY]);
  const swap = quarterTurns % 2 === 1;
  return {
    toReading,
    toUser: invert(toReading),
    width: swap ? viewHeight : viewWidth,
    height: swap ? viewWidth : viewHeight,
    quarterTurns,
  };
}
