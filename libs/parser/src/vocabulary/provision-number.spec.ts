import { describe, expect, it } from 'vitest';
import { classifyNumberCell, findProvisionNumber } from './provision-number';

describe('findProvisionNumber', () => {
  it.each([
    ['1.2', '1.2'],
    ['1.2.', '1.2'],
    ['6 .14', '6.14'],
    ['Provision 1.2', '1.2'],
    ['Section 5.10', '5.10'],
    ['5.8 (a)', '5.8'],
    ['5.8b', '5.8'],
    ['5.8(ii)', '5.8'],
  ])('reads %j as %s', (cell, value) => {
    expect(findProvisionNumber(cell)?.value).toBe(value);
  });

  it.each(['0.12', '£.£', '5.8 (z)', 'Section 3: Accessibility', '13.2'])(
    'finds no provision in %j',
    (cell) => {
      expect(findProvisionNumber(cell)).toBeNull();
    },
  );

  it('classifies title text in the number column as text, not a garbled number', () => {
    expect(classifyNumberCell('Stage 1').kind).toBe('text');
    expect(classifyNumberCell('5.8 (a)').kind).toBe('number');
  });
});
