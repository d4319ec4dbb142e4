import { describe, expect, it } from 'vitest';
import { warningText } from './warning-text';

describe('warningText', () => {
  it('explains known codes', () => {
    expect(warningText('provision_recovered')).toMatch(/worked out from the rows around it/);
    expect(warningText('status_blank')).toBe('The answer cell is blank.');
    expect(warningText('status_undecided')).toMatch(/does not say whether the provision is met/);
  });

  it('keeps sentences and spells out new codes', () => {
    expect(warningText('Something odd happened.')).toBe('Something odd happened.');
    expect(warningText('brand_new_code')).toBe('The parser noted: brand new code.');
  });
});
