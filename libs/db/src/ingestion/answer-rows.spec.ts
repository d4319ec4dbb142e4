import { describe, expect, it } from 'vitest';
import type { ParsedAnswerRow } from '../rows/answer.row';
import { countAnswers, diffAnswers, effectiveRows, matchOverrides, type OverrideInput } from './answer-rows';

function row(position: number, provision: string, status: ParsedAnswerRow['status'] = 'yes', flags: string[] = []): ParsedAnswerRow {
  return {
    position,
    provision,
    canonicalLinks: [{ provision, relation: 'same', confidence: 'high', trend: 'as_is' }],
    status,
    statusRaw: status,
    requirement: null,
    evidence: `evidence ${provision}`,
    commentary: null,
    confidence: 0.9,
    flags,
    source: { lines: [position + 1, position + 1] },
  };
}

function override(parsedProvision: string, position: number, change: Partial<OverrideInput>): OverrideInput {
  return { parsedProvision, position, status: null, provision: null, createdBy: 'u1', updatedAt: new Date(0), ...change };
}

describe('matchOverrides', () => {
  it('pairs on provision-as-parsed and position, then on the provision alone for a row that moved', () => {
    const rows = [row(0, '1.2'), row(1, '1.3'), row(2, '1.4')];
    const same = override('1.3', 1, { status: 'no' });
    const moved = override('1.4', 7, { status: 'no' });
    const gone = override('9.9', 2, { status: 'no' });
    const matched = matchOverrides(rows, [same, moved, gone]);
    expect(matched.get(1)).toBe(same);
    expect(matched.get(2)).toBe(moved);
    expect([...matched.values()]).not.toContain(gone);
  });

  it('does not guess between two rows with the same number', () => {
    const rows = [row(0, '5.1'), row(1, '5.1')];
    expect(matchOverrides(rows, [override('5.1', 9, { status: 'no' })]).size).toBe(0);
  });
});

describe('effectiveRows', () => {
  it('applies corrected statuses and provisions, recomputing canonical provisions from the catalog', () => {
    const rows = [row(0, '1.2'), row(1, '1.3', 'unknown', ['status_unrecognised'])];
    const out = effectiveRows('2024', rows, [override('1.3', 1, { status: 'no', provision: '1.4' })]);
    expect(out[0]).toMatchObject({ provision: '1.2', parsedProvision: '1.2', status: 'yes', correctedAt: null });
    expect(out[1]).toMatchObject({
      provision: '1.4',
      parsedProvision: '1.3',
      status: 'no',
      parsedStatus: 'unknown',
      canonicalProvisions: ['1.4'],
      correctedBy: 'u1',
    });
  });

  it('maps a corrected 2022 provision to its 2024 successors', () => {
    const out = effectiveRows('2022', [row(0, '1.1')], [override('1.1', 0, { provision: '5.13' })]);
    expect(out[0]?.canonicalProvisions).toContain('6.14');
    expect(out[0]?.canonicalLinks.every((link) => link.relation !== 'same')).toBe(true);
  });
});

describe('countAnswers', () => {
  it('counts effective statuses and the flagged rows nobody corrected', () => {
    const counts = countAnswers([
      { status: 'yes', flags: [], correctedAt: null },
      { status: 'no', flags: ['status_ambiguous'], correctedAt: null },
      { status: 'no', flags: ['status_ambiguous'], correctedAt: new Date() },
      { status: 'missing', flags: [], correctedAt: null },
    ]);
    expect(counts).toEqual({ rows: 4, yes: 1, no: 2, partial: 0, na: 0, missing: 1, unknown: 0, flagged: 1 });
  });
});

describe('diffAnswers', () => {
  const base = (parsedProvision: string, status: ParsedAnswerRow['status'], evidence: string | null = 'e') => ({
    parsedProvision,
    provision: parsedProvision,
    status,
    evidence,
    commentary: null,
  });

  it('is empty when nothing changed', () => {
    expect(diffAnswers([base('1.2', 'yes')], [base('1.2', 'yes')])).toEqual([]);
  });

  it('lists changed, added and removed answers per provision', () => {
    const changes = diffAnswers(
      [base('1.2', 'yes'), base('1.3', 'no'), base('1.4', 'yes')],
      [base('1.2', 'yes'), base('1.3', 'yes', 'new evidence'), base('1.5', 'yes')],
    );
    expect(changes).toEqual([
      expect.objectContaining({ parsedProvision: '1.3', kind: 'changed', fields: ['status', 'evidence'] }),
      expect.objectContaining({ parsedProvision: '1.4', kind: 'removed', after: null }),
      expect.objectContaining({ parsedProvision: '1.5', kind: 'added', before: null }),
    ]);
  });

  it('lines up repeated provision numbers by occurrence', () => {
    const changes = diffAnswers([base('5.1', 'yes'), base('5.1', 'no')], [base('5.1', 'yes'), base('5.1', 'yes')]);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ occurrence: 1, before: { status: 'no' }, after: { status: 'yes' } });
  });
});
