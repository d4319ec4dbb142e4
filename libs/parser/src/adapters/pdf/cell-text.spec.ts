import { describe, expect, it } from 'vitest';
import { assembleCellText } from './cell-text';
import { fragment } from './layout-fixtures.test-helper';
import { normaliseBullet, normaliseText } from './text-fragments';
import { joinLineText } from './text-lines';

describe('normaliseText', () => {
  it('expands ligatures and turns Word symbol-font glyphs into text', () => {
    expect(normaliseText('e\ufb03cient \ufb01ling \ufb02ow')).toBe('efficient filing flow');
    expect(normaliseText('\uf0b7 item')).toBe('• item');
    expect(normaliseText('\uf0fc')).toBe('✓');
    expect(normaliseText('a\u00a0b\u200bc')).toBe('a bc');
  });

  it('writes every kind of leading bullet as "• "', () => {
    expect(normaliseBullet('▪ Apologising;')).toBe('• Apologising;');
    expect(normaliseBullet('●Apologising;')).toBe('• Apologising;');
    expect(normaliseBullet('– item')).toBe('• item');
    expect(normaliseBullet('–10 days')).toBe('–10 days');
    expect(normaliseBullet('1.2 text')).toBe('1.2 text');
  });
});

describe('joinLineText', () => {
  it('rejoins a word split into touching pieces and keeps real spaces', () => {
    const parts = [fragment('compl', 10, 100, { width: 25 }), fragment('aint', 35.2, 100, { width: 20 }), fragment('policy', 58, 100)];
    expect(joinLineText(parts)).toBe('complaint policy');
  });

  it('drops a fake-bold copy drawn a hair to the right', () => {
    expect(joinLineText([fragment('Yes', 10, 100), fragment('Yes', 10.3, 100)])).toBe('Yes');
  });
});

describe('assembleCellText', () => {
  it('reflows wrapped lines into one paragraph and splits paragraphs at blank space', () => {
    const text = assembleCellText([
      fragment('Our policy sets out the', 10, 100),
      fragment('two stages.', 10, 111),
      fragment('A second paragraph.', 10, 128),
    ]);
    expect(text).toBe('Our policy sets out the two stages.\nA second paragraph.');
  });

  it('keeps a line-end hyphen inside a word or number without adding a space', () => {
    expect(assembleCellText([fragment('the self-', 10, 100), fragment('assessment in pages 12-', 10, 111), fragment('13', 10, 122)])).toBe(
      'the self-assessment in pages 12-13',
    );
  });

  it('rejoins a web address broken where the line ran out', () => {
    const text = assembleCellText([
      fragment('see www.example.gov.uk/compl', 10, 100),
      fragment('aints-and-compliments for', 10, 111),
      fragment('details', 10, 122),
    ]);
    expect(text).toBe('see www.example.gov.uk/complaints-and-compliments for details');
  });

  it('starts list items at bullet glyphs and keeps their wrapped lines with them', () => {
    const text = assembleCellText([
      fragment('Acceptable exclusions include:', 10, 100),
      fragment('•', 14, 111),
      fragment('legal proceedings have', 24, 111),
      fragment('started;', 24, 122),
      fragment('▪ matters over a year old.', 14, 133),
    ]);
    expect(text).toBe('Acceptable exclusions include:\n• legal proceedings have started;\n• matters over a year old.');
  });

  it('reads small drawn shapes left of a line as bullets', () => {
    const marks = [{ x0: 12, y0: 95, x1: 15.5, y1: 98.5 }];
    const text = assembleCellText([fragment('Apologising;', 22, 100), fragment('Explaining.', 10, 111)], marks);
    expect(text).toBe('• Apologising;\nExplaining.');
  });
});
