import type { MatrixCell, MatrixProvision, MatrixRow } from '@app/contracts';
import { Link } from 'react-router';
import { ErrorMessage } from '@web/components/ErrorMessage';
import { Loading } from '@web/components/Loading';
import { CaveatExplanation } from '@web/features/analytics/components/CaveatExplanation';
import { StatusSymbol } from '@web/features/analytics/components/StatusSymbol';
import { bareTitle, statusStyle } from '@web/features/analytics/utils/status-symbols';
import { ConsistencyFlags } from '@web/features/review/components/ConsistencyFlags';
import { useSubmission } from '@web/features/submissions/hooks/useSubmission';
import { plainText } from '@web/lib/plain-text';
import { SummaryRow } from '@web/components/SummaryRow';

interface Props {
  year: number;
  row: MatrixRow;
  provision: MatrixProvision;
  cell: MatrixCell | undefined;
  onClose: () => void;
}

/** The selected answer beside the table: status, evidence, commentary, caveat and a link into its document. */
export function AnswerPanel({ year, row, provision, cell, onClose }: Props) {
  const submission = useSubmission(cell ? row.submissionId : undefined);
  const answer = submission.data?.answers.find((item) => item.id === cell?.answerId);
  return (
    <aside
      className="app-answer-panel"
      aria-labelledby="answer-panel-heading"
      data-testid="answer-panel"
      data-answer-id={cell?.answerId}
    >
      <span className="govuk-caption-m">
        {row.landlordName}, {year}
      </span>
      <h2 className="govuk-heading-m" id="answer-panel-heading">
        {provision.provision} {bareTitle(provision.provision, provision.title)}
      </h2>
      {!cell ? (
        <p className="govuk-body">{row.landlordName}'s self-assessment does not answer this provision.</p>
      ) : null}
      {cell ? (
        <dl className="govuk-summary-list govuk-summary-list--no-border">
          <SummaryRow label="Answer" testId="answer-status">
            <StatusSymbol status={cell.status} caveat={Boolean(cell.caveat)} />{' '}
            {statusStyle(cell.status).label}
            {answer?.statusRaw ? (
              <span className="app-secondary"> (written as “{answer.statusRaw}”)</span>
            ) : null}
          </SummaryRow>
          {answer && answer.provision !== provision.provision ? (
            <SummaryRow label="Numbered in the document">
              {answer.provision} ({row.codeVersion} Code)
            </SummaryRow>
          ) : null}
          <SummaryRow label="Evidence" valueClassName="app-pre-line" testId="answer-evidence">
            {answer ? plainText(answer.evidence) || 'None given' : '…'}
          </SummaryRow>
          <SummaryRow label="Commentary" valueClassName="app-pre-line" testId="answer-commentary">
            {answer ? plainText(answer.commentary) || 'None given' : '…'}
          </SummaryRow>
          {answer && answer.consistencyFlags.length > 0 ? (
            <SummaryRow label="Consistency flags" testId="answer-flags">
              <ConsistencyFlags flags={answer.consistencyFlags} provision={provision.provision} />
            </SummaryRow>
          ) : null}
        </dl>
      ) : null}
      {cell?.caveat ? <CaveatExplanation caveat={cell.caveat} /> : null}
      {submission.isPending && cell ? <Loading text="Loading the answer…" /> : null}
      {submission.isError ? <ErrorMessage error={submission.error} action="load the answer" /> : null}
      <p className="govuk-body">
        {cell ? (
          <Link className="govuk-link" to={`/submissions/${row.submissionId}?answer=${cell.answerId}`}>
            See the answer in {row.landlordName}'s document
          </Link>
        ) : null}
      </p>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onClose}>
        Close the answer
      </button>
    </aside>
  );
}
