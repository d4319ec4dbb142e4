/**
 * OCR words and image rules turned into the PDF adapter's page content (text lines and drawn lines in
 * reading space), so scanned pages go through the same table reconstruction as printed ones.
 */
import type { PageRegion } from '../model/extracted-document';
import { applyPoint, multiply, transformBox, type Box, type Matrix } from '../adapters/pdf/geometry';
import {
  regionOf,
  userToReading,
  type Fragment,
  type PageContent,
  type Ruling,
} from '../adapters/pdf/page-content';
import { groupLines } from '../adapters/pdf/text-lines';
import type { ImageRule, ImageRules } from './image-rules';
import type { OcrWord } from './tesseract-engine';

/** One word read by OCR, where it sits on the page and how sure tesseract was of it. */
export interface OcrWordRecord {
  text: string;
  confidence: number;
  region: PageRegion;
}

export interface OcrImageReading {
  /** Image pixels (of the image given to OCR) to PDF user space. */
  pixelsToUser: Matrix;
  words: OcrWord[];
  rules: ImageRules;
  /** Size of the image given to OCR, in its pixels. */
  width: number;
  height: number;
}

function scaleOf(m: Matrix): number {
  return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
}

function ruleToReading(
  rule: ImageRule,
  toReading: Matrix,
  wasHorizontal: boolean,
): { horizontal: boolean; ruling: Ruling } {
  const mid = wasHorizontal ? (rule.y0 + rule.y1 + 1) / 2 : (rule.x0 + rule.x1 + 1) / 2;
  const [ax, ay] = wasHorizontal ? applyPoint(toReading, rule.x0, mid) : applyPoint(toReading, mid, rule.y0);
  const [bx, by] = wasHorizontal
    ? applyPoint(toReading, rule.x1 + 1, mid)
    : applyPoint(toReading, mid, rule.y1 + 1);
  const horizontal = Math.abs(bx - ax) >= Math.abs(by - ay);
  return horizontal
    ? { horizontal, ruling: { at: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) } }
    : { horizontal, ruling: { at: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) } };
}

function inside(box: Box, area: Box): boolean {
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  return cx >= area.x0 && cx <= area.x1 && cy >= area.y0 && cy <= area.y1;
}

/**
 * The page with what OCR read in each image: text-layer fragments inside an OCR'd image are replaced
 * by the OCR words (a hidden text layer there would repeat them); those outside are kept.
 */
export function pageWithOcr(
  page: PageContent,
  readings: readonly OcrImageReading[],
): { content: PageContent; words: OcrWordRecord[] } {
  const userToPage = userToReading(page);
  const fragments: Fragment[] = [];
  const records: OcrWordRecord[] = [];
  const horizontal: Ruling[] = [...page.graphics.horizontal];
  const vertical: Ruling[] = [...page.graphics.vertical];
  const areas: Box[] = [];
  for (const reading of readings) {
    const toReading = multiply(reading.pixelsToUser, userToPage);
    const scale = scaleOf(toReading);
    for (const word of reading.words) {
      const box = transformBox(toReading, word);
      const [, baseline] = applyPoint(toReading, (word.x0 + word.x1) / 2, word.baseline);
      fragments.push({
        ...box,
        text: word.text,
        baseline,
        fontSize: Math.max(1, word.lineHeight * scale),
        bold: false,
      });
      records.push({ text: word.text, confidence: word.confidence, region: regionOf(page, box) });
    }
    for (const [rules, wasHorizontal] of [
      [reading.rules.horizontal, true],
      [reading.rules.vertical, false],
    ] as const) {
      for (const rule of rules) {
        const converted = ruleToReading(rule, toReading, wasHorizontal);
        (converted.horizontal ? horizontal : vertical).push(converted.ruling);
      }
    }
  }
  for (const reading of readings) {
    areas.push(
      transformBox(multiply(reading.pixelsToUser, userToPage), {
        x0: 0,
        y0: 0,
        x1: reading.width,
        y1: reading.height,
      }),
    );
  }
  const kept = page.lines
    .flatMap((line) => line.fragments)
    .filter((fragment) => !areas.some((area) => inside(fragment, area)));
  return {
    content: {
      ...page,
      lines: groupLines([...kept, ...fragments]),
      graphics: { horizontal, vertical, marks: page.graphics.marks },
    },
    words: records,
  };
}
