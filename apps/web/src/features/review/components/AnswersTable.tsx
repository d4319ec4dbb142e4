import type { AnswerDto } from '@app/contracts';
import { useState } from 'react';
import { isFlagged, visibleAnswers } from '../utils/flag-answer';
import { AnswerEditRow } from './AnswerEditRow';
import { AnswerRow } from './AnswerRow';

interface Props {
  submissionId: string;
  answers: AnswerDto[];
  selectedId: string | null;
  onSelect: (answer: AnswerDto) => void;
  editable: boolean;
}

const COLUMNS = 6;

/** The answers in document order; the unsure ones highlighted and filterable. */
export function AnswersTable({ submissionId, answers, selectedId, onSelect, editable }: Props) {
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const flaggedCount = answers.filter(isFlagged).length;
  const rows = visibleAnswers(answers, onlyFlagged);

  return (
    <>
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id="only-flagged"
              type="checkbox"
              checked={onlyFlagged}
              onChange={(event) => setOnlyFlagged(event.target.checked)}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="only-flagged">
              Show only rows to check ({flaggedCount})
            </label>
          </div>
        </div>
      </div>
      <p className="govuk-visually-hidden" role="status" aria-live="polite">
        Showing {rows.length} of {answers.length} answers.
      </p>
      <div className="app-table-scroll">
        <table className="govuk-table app-answers">
          <caption className="govuk-table__caption govuk-table__caption--m">
            Answers as read from the document
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header app-answers__col--provision">
                Provision
              </th>
              <th scope="col" className="govuk-table__header app-answers__col--title">
                Requirement
              </th>
              <th scope="col" className="govuk-table__header app-answers__col--answer">
                Answer
              </th>
              <th scope="col" className="govuk-table__header app-answers__col--text">
                Evidence
              </th>
              <th scope="col" className="govuk-table__header app-answers__col--text">
                Commentary
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((answer) =>
              editingId === answer.id ? (
                <AnswerEditRow
                  key={answer.id}
                  submissionId={submissionId}
                  answer={answer}
                  columns={COLUMNS}
                  onDone={() => setEditingId(null)}
                />
              ) : (
                <AnswerRow
                  key={answer.id}
                  answer={answer}
                  selected={answer.id === selectedId}
                  editable={editable}
                  onSelect={() => onSelect(answer)}
                  onEdit={() => {
                    onSelect(answer);
                    setEditingId(answer.id);
                  }}
                />
              ),
            )}
            {rows.length === 0 ? (
              <tr className="govuk-table__row">
                <td className="govuk-table__cell" colSpan={COLUMNS}>
                  {onlyFlagged ? 'No rows need checking.' : 'No answers were found in the document.'}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </>
  );
}
