/**
 * The pictures painted on a page, decoded, with where they sit. Scanners and img2pdf put each page in
 * one image XObject covering the page; a form pasted as a picture into a text document is one large
 * image among text. Reading the image itself is faster and sharper than rendering the page.
 */
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api';
import { multiply, transformBox, type Box, type Matrix } from '../adapters/pdf/geometry';
import type { Pdfjs } from '../adapters/pdf/pdfjs-runtime';
import { grayFromPdfjs, type GrayImage, type PdfjsImageData } from './gray-image';

export interface PlacedImage {
  image: GrayImage;
  /** Image pixels (origin top left) to PDF user space. */
  toUser: Matrix;
  /** The image's bounds in user space. */
  bounds: Box;
}

/** An image takes part when it covers at least this share of the page. */
const MIN_PAGE_SHARE = 0.15;

function imageData(page: PDFPageProxy, id: string): PdfjsImageData | null {
  const store = id.startsWith('g_') ? page.commonObjs : page.objs;
  try {
    if (!store.has(id)) return null;
    return store.get(id) as PdfjsImageData | null;
  } catch {
    return null;
  }
}

/** Large images on the page, largest first. The page's operator list must decode images (see `ocrDocumentParameters`). */
export async function readPageImages(pdfjs: Pdfjs, page: PDFPageProxy): Promise<PlacedImage[]> {
  const { OPS } = pdfjs;
  const operators = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  const [px0 = 0, py0 = 0, px1 = 0, py1 = 0] = page.view;
  const pageArea = Math.abs((px1 - px0) * (py1 - py0)) || 1;
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const placed: PlacedImage[] = [];
  operators.fnArray.forEach((fn, i) => {
    const args = operators.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && args && args.length >= 6)
      ctm = multiply(args.slice(0, 6) as unknown as Matrix, ctm);
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject) {
      const first = args?.[0];
      const data = typeof first === 'string' ? imageData(page, first) : (first as PdfjsImageData | undefined);
      const image = data ? grayFromPdfjs(data) : null;
      if (!image) return;
      // Images are drawn in the unit square with their first row at the top.
      const toUser = multiply([1 / image.width, 0, 0, -1 / image.height, 0, 1], ctm);
      const bounds = transformBox(toUser, { x0: 0, y0: 0, x1: image.width, y1: image.height });
      if ((bounds.x1 - bounds.x0) * (bounds.y1 - bounds.y0) >= MIN_PAGE_SHARE * pageArea)
        placed.push({ image, toUser, bounds });
    }
  });
  return placed.sort(
    (a, b) =>
      (b.bounds.x1 - b.bounds.x0) * (b.bounds.y1 - b.bounds.y0) -
      (a.bounds.x1 - a.bounds.x0) * (a.bounds.y1 - a.bounds.y0),
  );
}

/** Pixels per inch of a placed image along its width. */
export function imageDpi(placed: PlacedImage): number {
  const widthPt = Math.hypot(placed.toUser[0], placed.toUser[1]) * placed.image.width;
  return widthPt > 0 ? (placed.image.width * 72) / widthPt : 0;
}
