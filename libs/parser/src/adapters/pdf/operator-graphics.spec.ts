import { beforeAll, describe, expect, it } from 'vitest';
import { applyPoint, type Matrix } from './geometry';
import { readPageGraphics } from './operator-graphics';
import { buildPageFrame } from './page-frame';
import { loadPdfjs, type Pdfjs } from './pdfjs-runtime';

let OPS: Pdfjs['OPS'];
beforeAll(async () => {
  OPS = (await loadPdfjs()).OPS;
});

// pdfjs's path opcodes inside constructPath data.
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const CLOSE = 4;

/** An A4 page's viewport: flips y so the origin is at the top left. */
const FLIP: Matrix = [1, 0, 0, -1, 0, 842];

function list(...ops: [number, unknown[] | null][]): { fnArray: number[]; argsArray: unknown[] } {
  return { fnArray: ops.map(([fn]) => fn), argsArray: ops.map(([, args]) => args) };
}

const path = (paint: number, data: number[]): [number, unknown[]] => [OPS.constructPath, [paint, [new Float32Array(data)], null]];
const rect = (x: number, y: number, w: number, h: number): number[] => [MOVE, x, y, LINE, x + w, y, LINE, x + w, y + h, LINE, x, y + h, CLOSE];

describe('readPageGraphics', () => {
  it('reads stroked lines through the current matrix and the viewport', () => {
    const graphics = readPageGraphics(
      OPS,
      list(
        [OPS.save, null],
        [OPS.transform, [2, 0, 0, 2, 10, 20]],
        path(OPS.stroke, [MOVE, 0, 100, LINE, 200, 100]),
        [OPS.restore, null],
        path(OPS.stroke, [MOVE, 50, 0, LINE, 50, 300]),
      ),
      FLIP,
    );
    expect(graphics.horizontal).toEqual([{ at: 842 - 220, from: 10, to: 410 }]);
    expect(graphics.vertical).toEqual([{ at: 50, from: 842 - 300, to: 842 }]);
  });

  it('reads the four sides of a stroked rectangle', () => {
    const graphics = readPageGraphics(OPS, list(path(OPS.stroke, rect(100, 100, 300, 50))), FLIP);
    expect(graphics.horizontal.map((r) => r.at).sort((a, b) => a - b)).toEqual([692, 742]);
    expect(graphics.vertical.map((r) => r.at).sort((a, b) => a - b)).toEqual([100, 400]);
  });

  it('reads thin filled boxes as rules, the way browsers draw borders', () => {
    const graphics = readPageGraphics(
      OPS,
      list([OPS.setFillRGBColor, ['#000000']], path(OPS.fill, [...rect(40, 500, 400, 0.75), ...rect(40, 300, 0.75, 200)])),
      FLIP,
    );
    expect(graphics.horizontal).toHaveLength(1);
    expect(graphics.horizontal[0]?.at).toBeCloseTo(842 - 500.375);
    expect(graphics.vertical).toHaveLength(1);
    expect(graphics.vertical[0]?.to).toBeCloseTo(542);
  });

  it('ignores white fills and shaded areas, and keeps small shapes as possible bullets', () => {
    const circle = [MOVE, 104, 100, CURVE, 104, 102, 102, 104, 100, 104, CURVE, 98, 104, 96, 102, 96, 100, CURVE, 96, 98, 98, 96, 100, 96, CLOSE];
    const graphics = readPageGraphics(
      OPS,
      list(
        [OPS.setFillRGBColor, ['#ffffff']],
        path(OPS.fill, rect(0, 0, 400, 1)),
        [OPS.setFillRGBColor, ['#d9d9d9']],
        path(OPS.fill, rect(40, 600, 300, 40)),
        [OPS.setFillRGBColor, ['#000000']],
        path(OPS.fill, circle),
      ),
      FLIP,
    );
    expect(graphics.horizontal).toEqual([]);
    expect(graphics.vertical).toEqual([]);
    expect(graphics.marks).toEqual([{ x0: 96, y0: 842 - 104, x1: 104, y1: 842 - 96 }]);
  });

  it('follows form XObject matrices and undoes them afterwards', () => {
    const graphics = readPageGraphics(
      OPS,
      list(
        [OPS.paintFormXObjectBegin, [[1, 0, 0, 1, 100, 0], null]],
        path(OPS.stroke, [MOVE, 0, 10, LINE, 50, 10]),
        [OPS.paintFormXObjectEnd, null],
        path(OPS.stroke, [MOVE, 0, 20, LINE, 50, 20]),
      ),
      [1, 0, 0, 1, 0, 0],
    );
    expect(graphics.horizontal).toEqual([
      { at: 10, from: 100, to: 150 },
      { at: 20, from: 0, to: 50 },
    ]);
  });

  it('lands on the upright page when the page is turned by /Rotate', () => {
    // /Rotate 90 on an A4 page: pdfjs's viewport transform, and text running down the viewport.
    const frame = buildPageFrame([0, 1, 1, 0, 0, 0], 842, 595, [{ transform: [9, 0, 0, 9, 50, 700], weight: 10 }]);
    expect(frame.quarterTurns).toBe(1);
    const graphics = readPageGraphics(OPS, list(path(OPS.stroke, [MOVE, 50, 700, LINE, 250, 700])), frame.toReading);
    // A line along the text's baseline direction is horizontal in reading space, at the text's height.
    const [x, y] = applyPoint(frame.toReading, 50, 700);
    expect(graphics.horizontal).toHaveLength(1);
    expect(graphics.horizontal[0]?.at).toBeCloseTo(y);
    expect(graphics.horizontal[0]?.from).toBeCloseTo(x);
    expect(graphics.horizontal[0]?.to).toBeCloseTo(x + 200);
    // The sideways view of an upright portrait page is turned back to portrait.
    expect(frame.width).toBeCloseTo(595);
    expect(frame.height).toBeCloseTo(842);
  });
});
