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
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Answer</dt>
            <dd className="govuk-summary-list__value" data-testid="answer-status">
              <StatusSymbol status={cell.status} caveat={Boolean(cell.caveat)} />{' '}
              {statusStyle(cell.status).label}
              {answer?.statusRaw ? (
                <span className="app-secondary"> (written as “{answer.statusRaw}”)</span>
              ) : null}
            </dd>
          </div>
          {answer && answer.provision !== provision.provision ? (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Numbered in the document</dt>
              <dd className="govuk-summary-list__value">
                {answer.provision} ({row.codeVersion} Code)
              </dd>
            </div>
          ) : null}
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Evidence</dt>
            <dd className="govuk-summary-list__value app-pre-line" data-testid="answer-evidence">
              {answer ? plainText(answer.evidence) || 'None given' : '…'}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Commentary</dt>
            <dd className="govuk-summary-list__value app-pre-line" data-testid="answer-commentary">
              {answer ? plainText(answer.commentary) || 'None given' : '…'}
            </dd>
          </div>
          {answer && answer.consistencyFlags.length > 0 ? (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Consistency flags</dt>
              <dd className="govuk-summary-list__value" data-testid="answer-flags">
                <ConsistencyFlags flags={answer.consistencyFlags} provision={provision.provision} />
              </dd>
            </div>
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
