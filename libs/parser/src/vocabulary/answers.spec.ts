import { describe, expect, it } from 'vitest';
import { isAnswer, isWholeAnswer, normaliseStatus } from './answers';

describe('normaliseStatus', () => {
  it.each([
    ['Yes', 'yes'],
    ['Y', 'yes'],
    ['yes.', 'yes'],
    ['Yes (see commentary)', 'yes'],
    ['Compliant', 'yes'],
    ['No', 'no'],
    ['N', 'no'],
    ['No – see action plan', 'no'],
    ['Not compliant', 'no'],
    ['Partial', 'partial'],
    ['Partially', 'partial'],
    ['Partially compliant', 'partial'],
    ['N/A', 'na'],
    ['n/a', 'na'],
    ['Not applicable', 'na'],
    ['<p>Yes</p>', 'yes'],
    ['☒ Yes ☐ No', 'yes'],
    ['Yes / No Yes', 'yes'],
    ['Comply: Yes/No  No', 'no'],
    ['Yes ✓', 'yes'],
    ['Non-compliant', 'no'],
    ['Non-compliant – action plan agreed', 'no'],
    ['Noncompliant', 'no'],
    ['Not met', 'no'],
    ['Not achieved', 'no'],
    ['☑', 'yes'],
    ['✅', 'yes'],
    ['☒', 'no'],
    ['❌', 'no'],
    ['✖', 'no'],
    ['✔', 'yes'],
    ['✓ Yes', 'yes'],
    ['Fully compliant', 'yes'],
    ['Met', 'yes'],
    ['Achieved', 'yes'],
    ['Not met', 'no'],
    ['Not achieved', 'no'],
    ['No - action plan in place', 'no'],
    ['✗', 'no'],
    ['Partially met', 'partial'],
    ['Partly compliant', 'partial'],
    ['Mostly compliant', 'partial'],
    ['Largely met – see action plan', 'partial'],
    ['Yes – partially', 'partial'],
    ['Yes, partially (see note)', 'partial'],
    ['Not applicable', 'na'],
  ])('reads %j as %s', (raw, status) => {
    expect(normaliseStatus(raw).status).toBe(status);
  });

  it('reads a blank cell as missing, with a warning', () => {
    for (const raw of ['', '   ', null, undefined]) {
      const reading = normaliseStatus(raw);
      expect(reading.status).toBe('missing');
      expect(reading.warning?.code).toBe('status_blank');
    }
  });

  it('takes the OCR slip "res" for Yes, flagged and less certain', () => {
    const reading = normaliseStatus('res');
    expect(reading.status).toBe('yes');
    expect(reading.warning?.code).toBe('status_ocr_guess');
    expect(reading.confidence).toBeLessThan(1);
  });

  it.each(['Yes/No', 'Compliant (Y/N)', 'Y/N'])('does not choose between Yes and No in %j', (raw) => {
    const reading = normaliseStatus(raw);
    expect(reading.status).toBe('unknown');
    expect(reading.warning?.code).toBe('status_ambiguous');
  });

  it.each(['Va a', 'See evidence', 'Amber', 'Green'])('never guesses an answer from %j', (raw) => {
    const reading = normaliseStatus(raw);
    expect(reading.status).toBe('unknown');
    expect(reading.warning?.code).toBe('status_unrecognised');
  });

  it.each(['In progress', 'Ongoing', 'TBC', 'To be confirmed', 'Under review', 'Working towards compliance'])(
    'reads %j as undecided: unknown, with its own warning',
    (raw) => {
      const reading = normaliseStatus(raw);
      expect(reading.status).toBe('unknown');
      expect(reading.warning?.code).toBe('status_undecided');
      expect(reading.confidence).toBeLessThan(0.5);
    },
  );
});

describe('isWholeAnswer', () => {
  it('accepts a whole answer phrase, not an answer leading other words', () => {
    expect(isWholeAnswer('Partially met')).toBe(true);
    expect(isWholeAnswer('Not met')).toBe(true);
    expect(isWholeAnswer('Yes (see commentary)')).toBe(false);
    expect(isWholeAnswer('Not')).toBe(false);
  });
});

describe('isAnswer', () => {
  it('recognises plain answers but not header text or prose', () => {
    expect(isAnswer('Yes')).toBe(true);
    expect(isAnswer('N')).toBe(true);
    expect(isAnswer('Yes / No Yes')).toBe(true);
    expect(isAnswer('Comply: Yes / No')).toBe(false);
    expect(isAnswer('Comply:')).toBe(false);
    expect(isAnswer('')).toBe(false);
    expect(isAnswer('res')).toBe(false);
  });
});
