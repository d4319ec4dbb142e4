import { describe, expect, it } from 'vitest';
import type { DocBlock, ExtractedDocument } from '../../model/extracted-document';
import { compareWithTruth, type PdfTruth } from './truth-comparison.test-helper';

const truth: PdfTruth = {
  file: 'example.pdf',
  landlord: 'Example Homes',
  codeVersion: '2024',
  rows: [
    { provision: '4.1', status: 'yes', evidence: 'A named complaints officer.', commentary: 'Reviewed each year.' },
    { provision: '4.2', status: 'partial', evidence: 'Access to the board.', commentary: null },
    { provision: '4.3', status: 'no', evidence: 'No training yet.', commentary: 'Planned for March.' },
  ],
};

const document = (blocks: DocBlock[]): ExtractedDocument => ({ format: 'pdf', blocks, metadata: {}, warnings: [] });

const row = (...texts: string[]): DocBlock => ({ kind: 'row', cells: texts.map((text) => ({ text })) });

function expectEveryRowRight(doc: ExtractedDocument): void {
  const report = compareWithTruth(doc, truth);
  expect(report.actualProvisions).toEqual(['4.1', '4.2', '4.3']);
  expect(report.statusErrors).toEqual([]);
  expect(report.cellAccuracy).toBe(1);
}

describe('compareWithTruth', () => {
  it('takes the number from the provision column when a section column comes first', () => {
    const doc = document([
      row('Section', 'Provision', 'Requirement', 'Compliant?', 'Evidence', 'Commentary'),
      row('4. Complaint handling staff', '4.1', 'Landlords must have a complaints officer.', 'Yes', 'A named complaints officer.', 'Reviewed each year.'),
      row('4. Complaint handling staff', '4.2', 'The officer must have access to staff.', 'Partially', 'Access to the board.', ''),
      row('', '4.3', 'The officer must be trained.', 'No', 'No training yet.', 'Planned for March.'),
    ]);
    expectEveryRowRight(doc);
  });

  it('reads a document without a table as a report of labelled paragraphs', () => {
    const doc = document([
      { kind: 'heading', text: '4.1 Landlords must have a complaints officer.' },
      { kind: 'paragraph', text: 'Compliant: Yes' },
      { kind: 'paragraph', text: 'Evidence: A named complaints officer.' },
      { kind: 'paragraph', text: 'Commentary: Reviewed each year.' },
      { kind: 'heading', text: '4.2 The officer must have access to staff.' },
      { kind: 'paragraph', text: 'Compliant: Partially' },
      { kind: 'paragraph', text: 'Evidence: Access to the board.' },
      { kind: 'heading', text: '4.3 The officer must be trained.' },
      { kind: 'paragraph', text: 'Compliant: No' },
      { kind: 'paragraph', text: 'Evidence: No training yet.' },
      { kind: 'paragraph', text: 'Commentary: Planned for March.' },
    ]);
    expectEveryRowRight(doc);
  });

  it('counts a cell with other text as wrong', () => {
    const doc = document([
      row('Provision', 'Requirement', 'Compliant?', 'Evidence', 'Commentary'),
      row('4.1', 'Landlords must have a complaints officer.', 'Yes', 'A named complaints officer.', 'Reviewed each year.'),
      row('4.2', 'The officer must have access to staff.', 'Partially', 'Access to the board.', ''),
      row('4.3', 'The officer must be trained.', 'No', 'Some other evidence.', 'Planned for March.'),
    ]);
    const report = compareWithTruth(doc, truth);
    expect(report.cellsMatching).toBe(5);
    expect(report.mismatches).toEqual([{ provision: '4.3', field: 'evidence', expected: 'No training yet.', actual: 'Some other evidence.' }]);
  });
});
