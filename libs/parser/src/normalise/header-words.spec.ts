import { describe, expect, it } from 'vitest';
import { readHeaderRow } from '../vocabulary/header-row';
import { inferColumns } from './columns';
import { headerRole } from '../vocabulary/header-words';

describe('headerRole', () => {
  it.each([
    ['Provision', 'number'],
    ['Ref', 'number'],
    ['Section', 'number'],
    ['No.', 'number'],
    ['Code provision', 'number'],
    ['Requirement', 'requirement'],
    ['Code requirement', 'requirement'],
    ['What the Code says', 'requirement'],
    ['Comply: Yes / No', 'status'],
    ['Compliant?', 'status'],
    ['Do we comply?', 'status'],
    ['Met?', 'status'],
    ['Requirement met?', 'status'],
    ['Self-assessment', 'status'],
    ['Status', 'status'],
    ['Evidence', 'evidence'],
    ['How we comply', 'evidence'],
    ['Evidence of compliance', 'evidence'],
    ['Commentary / explanation', 'commentary'],
    ['Comments', 'commentary'],
    ['Notes', 'commentary'],
    ['Action required', 'commentary'],
    ['Actions to achieve compliance', 'commentary'],
    ['Evidence, commentary and any explanations', 'combined'],
    ['RAG', 'extra'],
    ['RAG status', 'extra'],
    ['Owner', 'extra'],
    ['Target date', 'extra'],
    ['Obligation', 'extra'],
    ['Yes', 'tick'],
    ['', 'blank'],
    ['Lead Director', null],
  ])('%j is %s', (text, role) => {
    expect(headerRole(text)).toBe(role);
  });
});

describe('readHeaderRow', () => {
  const header = (...texts: string[]) => readHeaderRow(texts.map((text) => ({ text })));

  it('sets extra and unfamiliar columns aside without losing the others', () => {
    expect(
      header(
        'No.',
        'Requirement',
        'RAG',
        'Compliant?',
        'Owner',
        'Target date',
        'Evidence of compliance',
        'Comments',
      )?.roles,
    ).toEqual(['number', 'requirement', 'ignore', 'status', 'ignore', 'ignore', 'evidence', 'commentary']);
    expect(header('Ref', 'Requirement', 'Lead Director', 'Y/N', 'Evidence')?.roles).toEqual([
      'number',
      'requirement',
      'ignore',
      'status',
      'evidence',
    ]);
  });

  it('reads the answer after the evidence, and a heading over the evidence and commentary columns', () => {
    expect(header('Section', 'Code requirement', 'Evidence', 'Met?', 'Notes')?.roles).toEqual([
      'number',
      'requirement',
      'evidence',
      'status',
      'commentary',
    ]);
    expect(header('Ref', 'Requirement', 'Comply', 'Evidence and commentary', '')?.roles).toEqual([
      'number',
      'requirement',
      'status',
      'evidence',
      'commentary',
    ]);
    expect(
      header(
        'Code section',
        'Obligation',
        'Code requirement',
        'Comply: Yes/No',
        'Evidence, commentary and any explanations',
      ),
    ).toMatchObject({
      roles: ['number', 'ignore', 'requirement', 'status', 'evidence'],
      combined: true,
    });
  });

  it('is not fooled by data rows or running text', () => {
    expect(header('1.2', 'Requirement', 'Yes')).toBeNull();
    expect(
      header('', 'line with its requirements.', '', '', 'The self assessment and associated reports'),
    ).toBeNull();
    expect(header('Landlord name', 'Brookfield Homes')).toBeNull();
    expect(header('Owner', 'Lead Director', 'Target date')).toBeNull();
  });
});

describe('inferColumns', () => {
  it('finds the requirement first, evidence before the answer, and sets aside a column of repeated owners', () => {
    const owners = ['Complaints Lead', 'Head of Housing', 'Quality Manager'];
    const rows = Array.from({ length: 12 }, (_, i) =>
      [
        `1.${i + 2}`,
        `Landlords must do requirement number ${i} in full`,
        `Policy section ${i}`,
        i % 3 ? 'Yes' : 'No',
        owners[i % 3] ?? '',
        `Checked in audit ${i}.`,
      ].map((text) => ({ text })),
    );
    expect(inferColumns(rows)?.roles).toEqual([
      'number',
      'requirement',
      'evidence',
      'status',
      'ignore',
      'commentary',
    ]);
  });
});
