import type { SubmissionDetailDto } from '@app/contracts';
import type { ReactNode } from 'react';
import { SubmissionStatusTag } from '@web/features/submissions/components/SubmissionStatusTag';
import { SummaryRow } from '@web/components/SummaryRow';

const FORMAT_LABEL = {
  pdf: 'PDF',
  docx: 'Word document',
  xlsx: 'Excel workbook',
  ods: 'OpenDocument spreadsheet',
  html: 'Web page',
  text: 'Text',
} as const;

function yearText(submission: SubmissionDetailDto): string {
  if (submission.assessmentYear) {
    return submission.detectedYear && submission.detectedYear !== submission.assessmentYear
      ? `${submission.assessmentYear} (the document suggests ${submission.detectedYear})`
      : String(submission.assessmentYear);
  }
  return submission.detectedYear
    ? `${submission.detectedYear} (read from the document)`
    : 'Not found in the document';
}

export function SubmissionOverview({ submission }: { submission: SubmissionDetailDto }) {
  const rows: [string, ReactNode][] = [
    ['Landlord', submission.landlordName ?? submission.detectedLandlordName ?? 'Not known'],
    ['File', `${submission.fileName} (${FORMAT_LABEL[submission.format]})`],
    ['Assessment year', yearText(submission)],
    ['Code version', submission.codeVersion ? `${submission.codeVersion} Code` : 'Not known'],
    [
      'Status',
      <SubmissionStatusTag key="status" status={submission.status} superseded={submission.superseded} />,
    ],
  ];
  if (submission.counts) {
    const c = submission.counts;
    rows.push([
      'Answers',
      `${c.rows} rows: ${c.yes} yes, ${c.no} no, ${c.partial} partly, ${c.na} not applicable, ${c.missing} blank, ${c.unknown} not recognised`,
    ]);
  }
  return (
    <dl className="govuk-summary-list govuk-!-margin-bottom-6">
      {rows.map(([key, value]) => (
        <SummaryRow key={key} label={key}>
          {value}
        </SummaryRow>
      ))}
    </dl>
  );
}
