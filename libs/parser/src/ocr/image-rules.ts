/**
 * Table rules in a page image: long, thin runs of dark pixels, horizontal or vertical. They become the
 * drawn lines the PDF adapter's table finder reads, and are whitened before OCR so that tesseract does
 * not read them as "|", "_" or "I".
 */
import type { GrayImage } from './gray-image';

/** A rule in image pixels: horizontal ones span x0..x1 around y = (y0 + y1) / 2, vertical ones the reverse. */
export interface ImageRule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface ImageRules {
  horizontal: ImageRule[];
  vertical: ImageRule[];
}

/** Grey level below which a pixel is ink; light enough for thin anti-aliased rules, dark enough to skip shading. */
const INK = 176;

interface Run {
  at: number;
  from: number;
  to: number;
}

/** Runs of ink along one line of pixels, bridging gaps of up to `gap` pixels (scan dropouts). */
function runsAlong(
  read: (i: number) => number,
  length: number,
  minLength: number,
  gap: number,
  at: number,
  out: Run[],
): void {
  let start = -1;
  let lastInk = -1;
  for (let i = 0; i <= length; i++) {
    const ink = i < length && read(i) < INK;
    if (ink) {
      if (start < 0) start = i;
      lastInk = i;
    } else if (start >= 0 && i - lastInk > gap) {
      if (lastInk - start + 1 >= minLength) out.push({ at, from: start, to: lastInk });
      start = -1;
    }
  }
}

/** Joins runs on neighbouring pixel lines into rules; anything thicker than `maxThickness` is a filled area. */
function mergeRuns(runs: Run[], maxThickness: number): ImageRule[] {
  runs.sort((a, b) => a.at - b.at || a.from - b.from);
  const open: { first: number; last: number; from: number; to: number }[] = [];
  const done: { first: number; last: number; from: number; to: number }[] = [];
  for (const run of runs) {
    const target = open.find(
      (r) =>
        run.at - r.last <= 1 &&
        Math.min(r.to, run.to) - Math.max(r.from, run.from) >
          0.5 * Math.min(r.to - r.from, run.to - run.from),
    );
    if (target) {
      target.last = run.at;
      target.from = Math.min(target.from, run.from);
      target.to = Math.max(target.to, run.to);
    } else {
      open.push({ first: run.at, last: run.at, from: run.from, to: run.to });
    }
    // Rules that the scan has moved past are finished.
    for (let i = open.length - 1; i >= 0; i--) {
      const rule = open[i];
      if (rule && run.at - rule.last > 1) {
        done.push(rule);
        open.splice(i, 1);
      }
    }
  }
  done.push(...open);
  return done
    .filter((r) => r.last - r.first + 1 <= maxThickness)
    .map((r) => ({ x0: r.from, x1: r.to, y0: r.first, y1: r.last }));
}

/**
 * A rule stands alone: the pixel lines just beside it are mostly paper. The middle stroke of a word in
 * bold or tight type can be as long as a short rule, but the letters put ink on both sides of it.
 */
function standsAlone(image: GrayImage, rule: ImageRule, horizontal: boolean): boolean {
  const { width, height, data } = image;
  const sides = horizontal ? [rule.y0 - 2, rule.y1 + 2] : [rule.x0 - 2, rule.x1 + 2];
  const from = horizontal ? rule.x0 : rule.y0;
  const to = horizontal ? rule.x1 : rule.y1;
  for (const side of sides) {
    if (side < 0 || side >= (horizontal ? height : width)) continue;
    let ink = 0;
    for (let i = from; i <= to; i++)
      if (((horizontal ? data[side * width + i] : data[i * width + side]) ?? 255) < INK) ink++;
    if (ink > 0.35 * (to - from + 1)) return false;
  }
  return true;
}

/** Finds rules at least `minLength` pixels long; `dpi` scales thickness and gap tolerances. */
export function findImageRules(image: GrayImage, dpi: number): ImageRules {
  const { width, height, data } = image;
  const gap = Math.max(1, Math.round(dpi / 150));
  const maxThickness = Math.max(3, Math.round(dpi / 30));
  const rows: Run[] = [];
  const minHorizontal = Math.round(dpi * 0.45);
  for (let y = 0; y < height; y++)
    runsAlong((x) => data[y * width + x] ?? 255, width, minHorizontal, gap, y, rows);
  const columns: Run[] = [];
  const minVertical = Math.round(dpi * 0.2);
  for (let x = 0; x < width; x++)
    runsAlong((y) => data[y * width + x] ?? 255, height, minVertical, gap, x, columns);
  const horizontal = mergeRuns(rows, maxThickness).filter((rule) => standsAlone(image, rule, true));
  // Vertical runs were collected column by column: `at` is x, so swap the axes back.
  const vertical = mergeRuns(columns, maxThickness)
    .map((r) => ({ x0: r.y0, x1: r.y1, y0: r.x0, y1: r.x1 }))
    .filter((rule) => standsAlone(image, rule, false));
  return { horizontal, vertical };
}

/** A copy of the image with the rules painted white (one pixel of margin for anti-aliasing). */
export function withoutRules(image: GrayImage, rules: ImageRules): GrayImage {
  const data = new Uint8Array(image.data);
  const paint = (rule: ImageRule): void => {
    const x0 = Math.max(0, rule.x0 - 1);
    const x1 = Math.min(image.width - 1, rule.x1 + 1);
    const y0 = Math.max(0, rule.y0 - 1);
    const y1 = Math.min(image.height - 1, rule.y1 + 1);
    for (let y = y0; y <= y1; y++) data.fill(255, y * image.width + x0, y * image.width + x1 + 1);
  };
  rules.horizontal.forEach(paint);
  rules.vertical.forEach(paint);
  return { width: image.width, height: image.height, data };
}
