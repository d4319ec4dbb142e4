/**
 * Ink that OCR's page pass did not turn into words. Tesseract's page layout analysis drops lone short
 * words, and in a self-assessment those are the answers: "Y", "N", "No" alone in a narrow column. The
 * marks left over once the read words are masked are grouped into word-sized clusters, and each is read
 * again on its own.
 */
import { median } from '../adapters/pdf/geometry';
import type { GrayImage } from './gray-image';
import type { OcrWord } from './tesseract-engine';

export interface InkCluster {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Darker than this is ink for the leftover search (rules are already painted out). */
const DARK = 140;
/** Pages with more leftovers than this are noisy scans: reading each would cost more than it gains. */
const MAX_CLUSTERS = 120;

/** The typical height of a word on the page, in pixels. */
export function typicalWordHeight(words: readonly OcrWord[]): number {
  const heights = words.filter((w) => w.text.length >= 3 && w.confidence >= 60).map((w) => w.y1 - w.y0);
  return median(heights);
}

function coveredMask(image: GrayImage, words: readonly OcrWord[], pad: number): Uint8Array {
  const mask = new Uint8Array(image.width * image.height);
  for (const word of words) {
    const x0 = Math.max(0, Math.floor(word.x0 - pad));
    const x1 = Math.min(image.width - 1, Math.ceil(word.x1 + pad));
    for (
      let y = Math.max(0, Math.floor(word.y0 - pad));
      y <= Math.min(image.height - 1, Math.ceil(word.y1 + pad));
      y++
    ) {
      mask.fill(1, y * image.width + x0, y * image.width + x1 + 1);
    }
  }
  return mask;
}

/** Connected marks of ink outside the mask, as boxes with their pixel counts. */
function marks(image: GrayImage, mask: Uint8Array): (InkCluster & { pixels: number })[] {
  const { width, height, data } = image;
  const seen = mask;
  const found: (InkCluster & { pixels: number })[] = [];
  const stack: number[] = [];
  for (let start = 0; start < data.length; start++) {
    if (seen[start] || (data[start] ?? 255) >= DARK) continue;
    seen[start] = 1;
    stack.push(start);
    const box = { x0: width, y0: height, x1: 0, y1: 0, pixels: 0 };
    while (stack.length > 0) {
      const p = stack.pop() ?? 0;
      const x = p % width;
      const y = (p - x) / width;
      box.pixels++;
      if (x < box.x0) box.x0 = x;
      if (x > box.x1) box.x1 = x;
      if (y < box.y0) box.y0 = y;
      if (y > box.y1) box.y1 = y;
      for (const q of [p - 1, p + 1, p - width, p + width]) {
        if (q < 0 || q >= data.length || seen[q] || (data[q] ?? 255) >= DARK) continue;
        if ((q === p - 1 && x === 0) || (q === p + 1 && x === width - 1)) continue;
        seen[q] = 1;
        stack.push(q);
      }
    }
    found.push(box);
  }
  return found;
}

/** Word-sized groups of ink that no read word covers, at most MAX_CLUSTERS of them (none on a noisy page). */
export function unreadInk(image: GrayImage, words: readonly OcrWord[]): InkCluster[] {
  const textHeight = typicalWordHeight(words);
  if (textHeight <= 0) return [];
  const letterSized = marks(image, coveredMask(image, words, Math.max(2, textHeight * 0.15))).filter((m) => {
    const h = m.y1 - m.y0 + 1;
    const w = m.x1 - m.x0 + 1;
    return (
      h >= 0.45 * textHeight &&
      h <= 2.2 * textHeight &&
      w <= 3 * textHeight &&
      m.pixels >= 0.08 * textHeight * textHeight
    );
  });
  letterSized.sort((a, b) => a.x0 - b.x0);
  const clusters: InkCluster[] = [];
  for (const mark of letterSized) {
    const near = clusters.find(
      (c) =>
        mark.x0 - c.x1 <= 0.6 * textHeight &&
        Math.min(c.y1, mark.y1) - Math.max(c.y0, mark.y0) > 0.3 * Math.min(c.y1 - c.y0, mark.y1 - mark.y0),
    );
    if (near) {
      near.x0 = Math.min(near.x0, mark.x0);
      near.y0 = Math.min(near.y0, mark.y0);
      near.x1 = Math.max(near.x1, mark.x1);
      near.y1 = Math.max(near.y1, mark.y1);
    } else {
      clusters.push({ x0: mark.x0, y0: mark.y0, x1: mark.x1, y1: mark.y1 });
    }
  }
  return clusters.length > MAX_CLUSTERS ? [] : clusters;
}

/** A white-padded copy of one region, for reading it alone. */
export function cropWithMargin(
  image: GrayImage,
  box: InkCluster,
  margin: number,
): { image: GrayImage; left: number; top: number } {
  const left = Math.round(box.x0 - margin);
  const top = Math.round(box.y0 - margin);
  const width = Math.round(box.x1 - box.x0 + 1 + 2 * margin);
  const height = Math.round(box.y1 - box.y0 + 1 + 2 * margin);
  const data = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < height; y++) {
    const sy = top + y;
    if (sy < 0 || sy >= image.height) continue;
    for (let x = 0; x < width; x++) {
      const sx = left + x;
      if (sx >= 0 && sx < image.width) data[y * width + x] = image.data[sy * image.width + sx] ?? 255;
    }
  }
  return { image: { width, height, data }, left, top };
}
