import { describe, expect, it } from 'vitest';
import type { GrayImage } from './gray-image';
import { findImageRules, withoutRules } from './image-rules';

function blank(width: number, height: number): GrayImage {
  return { width, height, data: new Uint8Array(width * height).fill(255) };
}

function paint(image: GrayImage, x0: number, y0: number, x1: number, y1: number, level = 60): void {
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) image.data[y * image.width + x] = level;
}

describe('rules in a page image', () => {
  it('finds the lines of a grid, light anti-aliased ones included, and nothing in a word', () => {
    const image = blank(600, 400);
    for (const y of [20, 120, 380]) paint(image, 20, y, 580, y, 150);
    for (const x of [20, 200, 580]) paint(image, x, 20, x, 380);
    // A "word": letters 8 px apart joined by a middle stroke as long as a short rule.
    for (let x = 260; x <= 360; x += 8) paint(image, x, 200, x + 2, 215);
    paint(image, 260, 207, 362, 208);

    const rules = findImageRules(image, 150);

    expect(rules.horizontal.map((r) => r.y0).sort((a, b) => a - b)).toEqual([20, 120, 380]);
    expect(rules.vertical.map((r) => r.x0).sort((a, b) => a - b)).toEqual([20, 200, 580]);
  });

  it('skips a filled box and a dashed line with wide gaps', () => {
    const image = blank(600, 200);
    paint(image, 50, 50, 550, 80);
    for (let x = 50; x < 550; x += 12) paint(image, x, 150, x + 5, 150);
    const rules = findImageRules(image, 150);
    expect(rules.horizontal).toEqual([]);
  });

  it('paints the rules white before OCR, leaving text alone', () => {
    const image = blank(300, 100);
    paint(image, 10, 50, 290, 50);
    paint(image, 100, 20, 104, 40);
    const cleaned = withoutRules(image, findImageRules(image, 150));
    expect(cleaned.data[50 * 300 + 150]).toBe(255);
    expect(cleaned.data[30 * 300 + 102]).toBe(60);
    expect(image.data[50 * 300 + 150]).toBe(60);
  });
});
