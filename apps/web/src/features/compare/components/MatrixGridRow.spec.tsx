// @vitest-environment jsdom
import type { MatrixProvision, MatrixRow } from '@app/contracts';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { cellLabel, MatrixGridRow } from './MatrixGridRow';

const provisions: MatrixProvision[] = [
  { provision: '6.3', title: 'Stage 1 response', section: 6 },
  { provision: '6.14', title: 'Stage 2 response', section: 6 },
];

const row: MatrixRow = {
  landlordId: 'l1',
  landlordName: 'Riverside Homes',
  landlordType: 'housing_association',
  region: 'London',
  sizeBand: '10000_49999',
  sample: false,
  submissionId: 's1',
  codeVersion: '2024',
  counts: { yes: 1, no: 1, partial: 0, na: 0, missing: 0, unknown: 0 },
  cells: {
    '6.3': { status: 'yes', answerId: 'a1', flags: ['yes_but_not_in_place'] },
    '6.14': { status: 'no', answerId: 'a2' },
  },
} as MatrixRow;

afterEach(cleanup);

describe('MatrixGridRow', () => {
  it('marks a flagged cell by a symbol and names the flag to screen readers; an unflagged cell has neither', () => {
    render(
      <MemoryRouter>
        <table>
          <tbody>
            <MatrixGridRow
              row={row}
              rowIndex={0}
              provisions={provisions}
              selectedCol={-1}
              activeCol={0}
              onSelect={() => undefined}
            />
          </tbody>
        </table>
      </MemoryRouter>,
    );
    const flagged = screen.getByRole('button', { name: /6\.3/ });
    expect(flagged.textContent).toBe('Y*');
    expect(flagged.getAttribute('data-flags')).toBe('yes_but_not_in_place');
    expect(flagged.getAttribute('aria-label')).toMatch(/^Riverside Homes, 6\.3: Yes, flagged: .+/);
    const plain = screen.getByRole('button', { name: /6\.14/ });
    expect(plain.textContent).toBe('N');
    expect(plain.hasAttribute('data-flags')).toBe(false);
    expect(plain.getAttribute('aria-label')).toBe('Riverside Homes, 6.14: No');
  });

  it('labels a caveat and several flags in one cell', () => {
    const label = cellLabel('A', '6.3', {
      status: 'partial',
      answerId: 'x',
      caveat: { codeVersion: '2022', provision: '5.1', relation: 'changed' } as never,
      flags: ['no_without_plan', 'timescale_conflict'],
    });
    expect(label).toContain('carried from the 2022 Code');
    expect(label.split('flagged: ')[1]?.split(', ')).toHaveLength(2);
  });
});
