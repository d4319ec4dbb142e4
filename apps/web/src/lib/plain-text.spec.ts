import { describe, expect, it } from 'vitest';
import { excerpt, plainText } from './plain-text';

describe('plainText', () => {
  it('drops tags, keeps line breaks and decodes entities', () => {
    expect(
      plainText('We <i>always</i> reply<br/>within 5 days &amp; log it &#8211; see <a href="x">policy</a>'),
    ).toBe('We always reply\nwithin 5 days & log it – see policy');
  });

  it('leaves comparisons that are not tags alone', () => {
    expect(plainText('response time < 10 days and > 5')).toBe('response time < 10 days and > 5');
  });

  it('is empty for nothing', () => {
    expect(plainText(null)).toBe('');
  });
});

describe('excerpt', () => {
  it('cuts long text at a word', () => {
    expect(excerpt('one two three four five', 12)).toBe('one two…');
    expect(excerpt('short', 12)).toBe('short');
  });
});
