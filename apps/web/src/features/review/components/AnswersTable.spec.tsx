// @vitest-environment jsdom
import type { AnswerDto } from '@app/contracts';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnswersTable } from './AnswersTable';

const answer = (position: number, provision: string, overrides: Partial<AnswerDto> = {}): AnswerDto => ({
  id: `a${position}`,
  position,
  provision,
  shortTitle: `Title ${provision}`,
  canonicalProvisions: [],
  status: 'yes',
  statusRaw: 'Yes',
  requirement: null,
  evidence: 'Our complaints policy, section 2.',
  commentary: null,
  confidence: 0.95,
  warnings: [],
  corrected: false,
  source: {},
  consistencyFlags: [],
  ...overrides,
});

const answers = [
  answer(0, '1.2'),
  answer(1, '1.3', { status: 'missing', statusRaw: null }),
  answer(2, '1.4', { confidence: 0.5 }),
  answer(3, '1.5', { warnings: ['provision_recovered'] }),
];

afterEach(cleanup);

/** Answer rows, without the header and section rows. */
const answerRows = () => screen.getAllByRole('row').filter((row) => row.hasAttribute('data-provision'));

describe('AnswersTable', () => {
  it('lists every answer in document order and marks the ones to check', () => {
    render(
      <AnswersTable
        submissionId="s1"
        answers={[...answers].reverse()}
        selectedId={null}
        onSelect={() => {}}
        editable={false}
      />,
    );
    const rows = answerRows();
    expect(rows.map((row) => row.getAttribute('data-provision'))).toEqual(['1.2', '1.3', '1.4', '1.5']);
    expect(rows.map((row) => row.getAttribute('data-flagged'))).toEqual(['false', 'true', 'true', 'true']);
    expect(within(rows[1]!).getByText('Blank')).toBeTruthy();
    expect(within(rows[2]!).getByText(/only 50% sure/)).toBeTruthy();
    expect(within(rows[3]!).getByText(/worked out from the rows around it/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Change/ })).toBeNull();
  });

  it("shows each consistency flag's reason beside its answer, and nothing on answers without one", () => {
    const reason = 'Says "we plan to" although the answer is yes.';
    render(
      <AnswersTable
        submissionId="s1"
        answers={[
          answer(0, '1.2', {
            consistencyFlags: [
              { flag: 'yes_but_not_in_place', reason, state: 'open' },
              { flag: 'no_evidence', reason: 'Evidence is "N/A".', state: 'confirmed' },
            ],
          }),
          answer(1, '1.3'),
        ]}
        selectedId={null}
        onSelect={() => {}}
        editable={false}
      />,
    );
    const [flagged, plain] = answerRows();
    expect(flagged!.getAttribute('data-consistency-flags')).toBe('yes_but_not_in_place no_evidence');
    const list = within(flagged!).getByRole('list', { name: 'Consistency flags on provision 1.2' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('data-flag'))).toEqual([
      'yes_but_not_in_place',
      'no_evidence',
    ]);
    expect(items[0]!.textContent).toBe(`Yes, but not yet in place ${reason}`);
    expect(items[1]!.textContent).toContain('(confirmed by an analyst)');
    // Beside the answer: in the same row as the status, not in another part of the page.
    expect(within(flagged!).getByText('Yes')).toBeTruthy();
    expect(plain!.hasAttribute('data-consistency-flags')).toBe(false);
    expect(within(plain!).queryByRole('list', { name: /Consistency flags/ })).toBeNull();
  });

  it('filters to the rows to check', () => {
    render(
      <AnswersTable submissionId="s1" answers={answers} selectedId={null} onSelect={() => {}} editable />,
    );
    fireEvent.click(screen.getByLabelText('Show only rows to check (3)'));
    const provisions = answerRows().map((row) => row.getAttribute('data-provision'));
    expect(provisions).toEqual(['1.3', '1.4', '1.5']);
    expect(screen.getByRole('status').textContent).toBe('Showing 3 of 4 answers.');
  });

  it('folds a section away and back', () => {
    render(
      <AnswersTable
        submissionId="s1"
        answers={answers}
        selectedId={null}
        onSelect={() => {}}
        editable={false}
      />,
    );
    const section = screen.getByRole('button', { name: 'Section 1' });
    expect(section.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(section);
    expect(screen.queryAllByRole('row').filter((row) => row.hasAttribute('data-provision'))).toHaveLength(0);
    fireEvent.click(section);
    expect(answerRows()).toHaveLength(4);
  });

  it('selects a row to show in the document', () => {
    const onSelect = vi.fn();
    render(
      <AnswersTable
        submissionId="s1"
        answers={answers}
        selectedId="a2"
        onSelect={onSelect}
        editable={false}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /^Show\s*provision 1\.3\s*in document$/ }));
    expect(onSelect).toHaveBeenCalledWith(answers[1]);
    expect(
      screen
        .getByRole('button', { name: /^Show\s*provision 1\.4\s*in document$/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');
  });
});
