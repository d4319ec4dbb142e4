import type { AnswerDto } from '@app/contracts';
import { useState } from 'react';
import { answerSections } from '../utils/answer-sections';
import { isFlagged, visibleAnswers } from '../utils/flag-answer';
import { AnswerEditRow } from './AnswerEditRow';
import { AnswerRow } from './AnswerRow';
import { TableHead } from '@web/components/TableHead';
import { CheckboxField } from '@web/components/CheckboxField';

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
  const sections = answerSections(rows);
  const [foldedSections, setFoldedSections] = useState<Set<string>>(new Set());
  const toggle = (key: string) => {
    const next = new Set(foldedSections);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setFoldedSections(next);
  };

  return (
    <>
      <CheckboxField
        id="only-flagged"
        label={`Show only rows to check (${flaggedCount})`}
        checked={onlyFlagged}
        onChange={setOnlyFlagged}
      />
      <p className="govuk-visually-hidden" role="status" aria-live="polite">
        Showing {rows.length} of {answers.length} answers.
      </p>
      <div className="app-table-scroll">
        <table className="govuk-table app-answers">
          <caption className="govuk-table__caption govuk-table__caption--m">
            Answers as read from the document
          </caption>
          <TableHead
            columns={[
              { label: 'Provision', className: 'app-answers__col--provision' },
              { label: 'Requirement', className: 'app-answers__col--title' },
              { label: 'Answer', className: 'app-answers__col--answer' },
              { label: 'Evidence', className: 'app-answers__col--text' },
              { label: 'Commentary', className: 'app-answers__col--text' },
              { label: <span className="govuk-visually-hidden">Actions</span> },
            ]}
          />
          {sections.map((section, index) => {
            const folded = foldedSections.has(`${index}`);
            return (
              <tbody className="govuk-table__body" key={`${section.key}-${index}`}>
                <tr className="govuk-table__row app-answers__section">
                  <th scope="colgroup" colSpan={COLUMNS} className="govuk-table__header">
                    <button
                      type="button"
                      className="app-button-link"
                      aria-expanded={!folded}
                      onClick={() => toggle(`${index}`)}
                    >
                      {section.key === 'other' ? 'Rows without a provision number' : `Section ${section.key}`}
                    </button>{' '}
                    <span className="govuk-body-s app-secondary">
                      {section.answers.length} {section.answers.length === 1 ? 'row' : 'rows'}
                      {section.flagged ? `, ${section.flagged} to check` : ''}
                    </span>
                  </th>
                </tr>
                {folded
                  ? null
                  : section.answers.map((answer) =>
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
              </tbody>
            );
          })}
          {rows.length === 0 ? (
            <tbody className="govuk-table__body">
              <tr className="govuk-table__row">
                <td className="govuk-table__cell" colSpan={COLUMNS}>
                  {onlyFlagged ? 'No rows need checking.' : 'No answers were found in the document.'}
                </td>
              </tr>
            </tbody>
          ) : null}
        </table>
      </div>
    </>
  );
}
