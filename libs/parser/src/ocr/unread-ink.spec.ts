import { describe, expect, it } from 'vitest';
import type { GrayImage } from './gray-image';
import type { OcrWord } from './tesseract-engine';
import { cropWithMargin, unreadInk } from './unread-ink';

function blank(width: number, height: number): GrayImage {
  return { width, height, data: new Uint8Array(width * height).fill(255) };
}

function paint(image: GrayImage, x0: number, y0: number, x1: number, y1: number): void {
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) image.data[y * image.width + x] = 0;
}

function word(x0: number, y0: number, x1: number, y1: number): OcrWord {
  return { text: 'word', confidence: 95, x0, y0, x1, y1, baseline: y1, lineHeight: y1 - y0 };
}

describe('ink the page pass left unread', () => {
  const image = blank(400, 200);
  const words = [word(10, 10, 80, 30), word(100, 10, 170, 30), word(10, 60, 80, 80)];
  for (const w of words) paint(image, w.x0 + 2, w.y0 + 2, w.x1 - 2, w.y1 - 2);
  // A lone "Y": two letter-sized strokes close together.
  paint(image, 250, 100, 253, 117);
  paint(image, 256, 100, 259, 117);
  // A speck and a long rule-like bar are not letters.
  paint(image, 300, 150, 301, 151);
  paint(image, 20, 180, 380, 183);

  it('groups the letters of a lone word into one cluster and ignores specks and bars', () => {
    expect(unreadInk(image, words)).toEqual([{ x0: 250, y0: 100, x1: 259, y1: 117 }]);
  });

  it('crops a cluster with a white margin, also past the image edge', () => {
    const crop = cropWithMargin(image, { x0: 0, y0: 0, x1: 9, y1: 9 }, 5);
    expect(crop.image.width).toBe(20);
    expect(crop.left).toBe(-5);
    expect(crop.image.data[0]).toBe(255);
  });
});
