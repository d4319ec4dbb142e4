import type { PageRegion } from '../../model/extracted-document';
import type { Box, Matrix } from './geometry';
import { invert, transformBox } from './geometry';

/** A run of text on one baseline, in reading space. */
export interface Fragment extends Box {
  text: string;
  baseline: number;
  fontSize: number;
  bold: boolean;
}

/** Fragments sharing a baseline across the whole page width. */
export interface TextLine extends Box {
  fragments: Fragment[];
  baseline: number;
  fontSize: number;
}

/** A drawn line: horizontal rulings sit at y = `at` from x `from` to `to`; vertical ones at x = `at`. */
export interface Ruling {
  at: number;
  from: number;
  to: number;
}

export interface PageGraphics {
  horizontal: Ruling[];
  vertical: Ruling[];
  /** Small filled or stroked shapes that may be bullets drawn as graphics. */
  marks: Box[];
}

/** Everything the table reconstruction needs from one page. */
export interface PageContent {
  pageNumber: number;
  /** Size of the page in reading space (after rotation). */
  width: number;
  height: number;
  lines: TextLine[];
  graphics: PageGraphics;
  /** Maps reading space back to PDF user space. */
  toUser: Matrix;
  userWidth: number;
  userHeight: number;
}

export function regionOf(page: PageContent, box: Box): PageRegion {
  const user = transformBox(page.toUser, box);
  const round = (n: number): number => Math.round(n * 100) / 100;
  return {
    page: page.pageNumber,
    x0: round(user.x0),
    y0: round(user.y0),
    x1: round(user.x1),
    y1: round(user.y1),
    pageWidth: round(page.userWidth),
    pageHeight: round(page.userHeight),
  };
}

export function userToReading(page: PageContent): Matrix {
  return invert(page.toUser);
}
