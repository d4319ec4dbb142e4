import { describe, expect, it } from 'vitest';
import { flagReasons, isFlagged, visibleAnswers } from './flag-answer';

const answer = (overrides: Partial<Parameters<typeof flagReasons>[0] & { position: number }> = {}) => ({
  position: 0,
  confidence: 0.95,
  status: 'yes' as const,
  warnings: [] as string[],
  corrected: false,
  ...overrides,
});

describe('flagReasons', () => {
  it('passes a confident, clean row', () => {
    expect(flagReasons(answer())).toEqual([]);
    expect(isFlagged(answer({ confidence: 0.8 }))).toBe(false);
  });

  it('flags low confidence with the percentage', () => {
    expect(flagReasons(answer({ confidence: 0.62 }))).toEqual([
      'We are only 62% sure this row was read correctly.',
    ]);
  });

  it('flags blank and unrecognised answers', () => {
    expect(flagReasons(answer({ status: 'missing' }))[0]).toMatch(/blank/);
    expect(flagReasons(answer({ status: 'unknown' }))[0]).toMatch(/not be recognised/);
  });

  it('lists the parser warnings once each', () => {
    const reasons = flagReasons(
      answer({ status: 'missing', warnings: ['provision_recovered', 'status_blank'] }),
    );
    expect(reasons).toEqual([
      'The answer cell is blank.',
      expect.stringMatching(/worked out from the rows around it/),
    ]);
  });

  it('does not flag rows a person has corrected', () => {
    expect(isFlagged(answer({ status: 'unknown', confidence: 0.3, corrected: true }))).toBe(false);
  });
});

describe('visibleAnswers', () => {
  const rows = [
    answer({ position: 2, status: 'unknown' }),
    answer({ position: 0 }),
    answer({ position: 1, confidence: 0.5 }),
  ];

  it('keeps document order', () => {
    expect(visibleAnswers(rows, false).map((row) => row.position)).toEqual([0, 1, 2]);
  });

  it('can show only the rows to check', () => {
    expect(visibleAnswers(rows, true).map((row) => row.position)).toEqual([1, 2]);
  });
});
