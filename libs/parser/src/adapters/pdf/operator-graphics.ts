/**
 * Reads the drawn lines of a page from its operator list: stroked paths, stroked rectangles and thin
 * filled rectangles (browsers draw table borders as filled boxes), plus small shapes that may be
 * bullets. The current transformation matrix is followed through save/restore/transform and form
 * XObjects, and everything is returned in reading space.
 */
import { applyPoint, multiply, type Box, type Matrix, IDENTITY } from './geometry';
import type { PageGraphics, Ruling } from './page-content';
import type { Pdfjs } from './pdfjs-runtime';

interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/** Thickest filled box still read as a line rather than a shaded area. */
const MAX_RULE_THICKNESS = 2.5;
const MIN_RULE_LENGTH = 4;
/** Size range of a shape read as a bullet. */
const MARK_MIN = 1.2;
const MARK_MAX = 9;

// pdfjs's path opcodes inside constructPath data (DrawOPS).
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUAD_TO = 3;
const CLOSE = 4;

interface State {
  ctm: Matrix;
  fill: string;
  stroke: string;
}

type Point = [number, number];

function isWhite(color: string): boolean {
  return /^#f[a-f0-9]f[a-f0-9]f[a-f0-9]$/i.test(color);
}

/** Splits pdfjs path data into subpaths of points; `curved` marks subpaths with curves. */
function subpaths(data: ArrayLike<number>): { points: Point[]; curved: boolean; closed: boolean }[] {
  const out: { points: Point[]; curved: boolean; closed: boolean }[] = [];
  let current: { points: Point[]; curved: boolean; closed: boolean } | null = null;
  for (let i = 0; i < data.length; ) {
    const op = data[i++];
    const at = (k: number): number => data[i + k] ?? 0;
    if (op === MOVE_TO) {
      current = { points: [[at(0), at(1)]], curved: false, closed: false };
      out.push(current);
      i += 2;
    } else if (op === LINE_TO) {
      current?.points.push([at(0), at(1)]);
      i += 2;
    } else if (op === CURVE_TO) {
      if (current) {
        current.points.push([at(0), at(1)], [at(2), at(3)], [at(4), at(5)]);
        current.curved = true;
      }
      i += 6;
    } else if (op === QUAD_TO) {
      if (current) {
        current.points.push([at(0), at(1)], [at(2), at(3)]);
        current.curved = true;
      }
      i += 4;
    } else if (op === CLOSE) {
      if (current) current.closed = true;
    } else {
      break;
    }
  }
  return out;
}

function bounds(points: readonly Point[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return { x0, y0, x1, y1 };
}

class GraphicsCollector {
  readonly horizontal: Ruling[] = [];
  readonly vertical: Ruling[] = [];
  readonly marks: Box[] = [];

  /** A filled area: a thin one is a ruling, a small one may be a bullet. */
  addFilledBox(box: Box): void {
    const w = box.x1 - box.x0;
    const h = box.y1 - box.y0;
    if (h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH && w > 2 * h) {
      this.horizontal.push({ at: (box.y0 + box.y1) / 2, from: box.x0, to: box.x1 });
    } else if (w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH && h > 2 * w) {
      this.vertical.push({ at: (box.x0 + box.x1) / 2, from: box.y0, to: box.y1 });
    } else if (w >= MARK_MIN && h >= MARK_MIN && w <= MARK_MAX && h <= MARK_MAX && w < 2.5 * h && h < 2.5 * w) {
      this.marks.push(box);
    }
  }

  addSegment(a: Point, b: Point): void {
    const dx = Math.abs(a[0] - b[0]);
    const dy = Math.abs(a[1] - b[1]);
    if (dy <= 0.5 && dx >= MIN_RULE_LENGTH) {
      this.horizontal.push({ at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) });
    } else if (dx <= 0.5 && dy >= MIN_RULE_LENGTH) {
      this.vertical.push({ at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) });
    }
  }

  addPath(op: 'fill' | 'stroke' | 'both', data: ArrayLike<number>, toReading: Matrix): void {
    for (const path of subpaths(data)) {
      const points = path.points.map(([x, y]) => applyPoint(toReading, x, y));
      if (points.length === 0) continue;
      const box = bounds(points);
      if (op !== 'stroke') {
        if (path.curved || points.length >= 3) this.addFilledBox(box);
        if (op === 'fill') continue;
      }
      if (path.curved) {
        if (op === 'stroke') this.addFilledBox(box);
        continue;
      }
      const ring = path.closed && points.length > 2 ? [...points, points[0] as Point] : points;
      for (let k = 1; k < ring.length; k++) this.addSegment(ring[k - 1] as Point, ring[k] as Point);
    }
  }
}

/**
 * @param toReading maps PDF user space to reading space for this page.
 */
export function readPageGraphics(ops: Pdfjs['OPS'], list: OperatorList, toReading: Matrix): PageGraphics {
  const collector = new GraphicsCollector();
  const stack: State[] = [];
  let state: State = { ctm: IDENTITY, fill: '#000000', stroke: '#000000' };
  const { fnArray, argsArray } = list;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    switch (fn) {
      case ops.save:
        stack.push(state);
        state = { ...state };
        break;
      case ops.restore:
        state = stack.pop() ?? state;
        break;
      case ops.transform:
        state = { ...state, ctm: multiply(args as unknown as Matrix, state.ctm) };
        break;
      case ops.paintFormXObjectBegin: {
        stack.push(state);
        const matrix = args?.[0] as Matrix | null | undefined;
        state = matrix && matrix.length === 6 ? { ...state, ctm: multiply(matrix, state.ctm) } : { ...state };
        break;
      }
      case ops.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case ops.setFillRGBColor:
        state = { ...state, fill: String(args?.[0] ?? '#000000') };
        break;
      case ops.setStrokeRGBColor:
        state = { ...state, stroke: String(args?.[0] ?? '#000000') };
        break;
      case ops.constructPath: {
        const [paintOp, pathData] = (args ?? []) as [number, (ArrayLike<number> | null)[] | undefined];
        const data = pathData?.[0];
        if (!data) break;
        const fills = paintOp === ops.fill || paintOp === ops.eoFill;
        const strokes = paintOp === ops.stroke || paintOp === ops.closeStroke;
        const both =
          paintOp === ops.fillStroke || paintOp === ops.eoFillStroke || paintOp === ops.closeFillStroke || paintOp === ops.closeEOFillStroke;
        const toReadingNow = multiply(state.ctm, toReading);
        if (fills && !isWhite(state.fill)) collector.addPath('fill', data, toReadingNow);
        else if (strokes && !isWhite(state.stroke)) collector.addPath('stroke', data, toReadingNow);
        else if (both) collector.addPath(isWhite(state.fill) ? 'stroke' : 'both', data, toReadingNow);
        break;
      }
      case ops.paintImageXObject:
      case ops.paintImageMaskXObject:
      case ops.paintSolidColorImageMask:
      case ops.paintInlineImageXObject: {
        // Images fill the unit square under the current matrix; tiny ones can be picture bullets.
        const m = multiply(state.ctm, toReading);
        const corners: Point[] = [applyPoint(m, 0, 0), applyPoint(m, 1, 0), applyPoint(m, 0, 1), applyPoint(m, 1, 1)];
        const box = bounds(corners);
        if (box.x1 - box.x0 <= MARK_MAX && box.y1 - box.y0 <= MARK_MAX) collector.addFilledBox(box);
        break;
      }
      default:
        break;
    }
  }
  return { horizontal: collector.horizontal, vertical: collector.vertical, marks: collector.marks };
}
