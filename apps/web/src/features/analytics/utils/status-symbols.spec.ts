import { describe, expect, it } from 'vitest';
import { bareTitle, percent, pointsChange, statusStyle } from './status-symbols';

describe('status symbols', () => {
  it('gives every status a letter so colour never carries it alone', () => {
    expect(statusStyle('no')).toMatchObject({ symbol: 'N', label: 'No' });
    expect(statusStyle('partial').symbol).toBe('P');
  });

  it('formats shares and changes', () => {
    expect(percent(0.456)).toBe('46%');
    expect(percent(null)).toBe('–');
    expect(pointsChange(0.12)).toBe('+12 points');
    expect(pointsChange(-0.05)).toBe('−5 points');
  });

  it('drops a repeated provision number from a title', () => {
    expect(bareTitle('6.3', '6.3 Stage 1 response within 10 working days')).toBe(
      'Stage 1 response within 10 working days',
    );
    expect(bareTitle('6.3', 'Stage 1 response')).toBe('Stage 1 response');
    expect(bareTitle('6.3', '6.31 Other')).toBe('6.31 Other');
  });
});
