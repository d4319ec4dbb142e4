import { describe, expect, it } from 'vitest';
import { isGarbageText } from './text-layer-quality';

describe('text layers worth replacing by OCR', () => {
  it('tells glyphs without a Unicode map from real text', () => {
    expect(isGarbageText('\uE001\uE002\uE003 \uE004\uE005 '.repeat(10))).toBe(true);
    expect(isGarbageText('1.2 A complaint must be defined as an expression of dissatisfaction')).toBe(false);
    expect(isGarbageText('• — ✓')).toBe(false);
  });
});
