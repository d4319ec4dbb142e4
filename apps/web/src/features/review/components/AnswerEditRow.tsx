import type { AnswerDto, AnswerStatus, CorrectAnswerRequest } from '@app/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ANSWER_STATUS_OPTIONS } from '@web/features/submissions/utils/status-tags';
import { isApiError } from '@web/lib/api-error';
import { useCorrectAnswer } from '../hooks/useCorrectAnswer';

interface Props {
  submissionId: string;
  answer: AnswerDto;
  columns: number;
  onDone: () => void;
}

const PROVISION = /^\d{1,2}\.\d{1,2}$/;

/** Inline correction of one answer's status or provision number. */
export function AnswerEditRow({ submissionId, answer, columns, onDone }: Props) {
  const correct = useCorrectAnswer(submissionId);
  const [status, setStatus] = useState<AnswerStatus>(answer.status);
  const [provision, setProvision] = useState(answer.provision);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLSelectElement>(null);
  const statusId = `status-${answer.id}`;
  const provisionId = `provision-${answer.id}`;

  useEffect(() => first.current?.focus(), []);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = provision.trim();
    if (!PROVISION.test(trimmed)) {
      setError('Enter the provision number as it appears in the Code, like 5.12');
      return;
    }
    const request: CorrectAnswerRequest = {};
    if (status !== answer.status) request.status = status;
    if (trimmed !== answer.provision) request.provision = trimmed;
    if (!request.status && !request.provision) {
      onDone();
      return;
    }
    setError(null);
    correct.mutate({ answerId: answer.id, request }, { onSuccess: onDone });
  };

  const failure =
    error ??
    (correct.isError
      ? isApiError(correct.error)
        ? correct.error.message
        : 'The change could not be saved. Try again.'
      : null);
  return (
    <tr className="govuk-table__row app-answers__row--selected" id={`answer-${answer.id}`}>
      <td className="govuk-table__cell" colSpan={columns}>
        <form
          className="app-answers__edit"
          onSubmit={save}
          noValidate
          aria-label={`Correct the answer to provision ${answer.provision}`}
        >
          <h3 className="govuk-heading-s">Correct provision {answer.provision}</h3>
          {failure ? (
            <p className="govuk-error-message" role="alert">
              <span className="govuk-visually-hidden">Error:</span> {failure}
            </p>
          ) : null}
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor={statusId}>
              Answer
            </label>
            <select
              ref={first}
              className="govuk-select"
              id={statusId}
              value={status}
              onChange={(event) => setStatus(event.target.value as AnswerStatus)}
            >
              {ANSWER_STATUS_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.text}
                </option>
              ))}
            </select>
          </div>
          <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label" htmlFor={provisionId}>
              Provision number
            </label>
            <input
              className={`govuk-input govuk-input--width-5${error ? ' govuk-input--error' : ''}`}
              id={provisionId}
              value={provision}
              spellCheck={false}
              autoComplete="off"
              onChange={(event) => setProvision(event.target.value)}
            />
          </div>
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" disabled={correct.isPending}>
              {correct.isPending ? 'Saving…' : 'Save correction'}
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={onDone}>
              Cancel
            </button>
          </div>
        </form>
      </td>
    </tr>
  );
}
