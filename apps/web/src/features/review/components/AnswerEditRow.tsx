import type { AnswerDto, AnswerStatus } from '@app/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { FormGroup } from '@web/components/FormGroup';
import { ANSWER_STATUS_OPTIONS } from '@web/features/submissions/utils/status-tags';
import { isApiError } from '@web/lib/api-error';
import { useCorrectAnswer } from '../hooks/useCorrectAnswer';
import { PROVISION_PATTERN, correctionRequest, draftFrom } from '../utils/correction-request';
import { SelectOptions } from '@web/components/SelectOptions';

const TEXT_FIELDS = [
  { name: 'evidence', label: 'Evidence' },
  { name: 'commentary', label: 'Commentary' },
] as const;

interface Props {
  submissionId: string;
  answer: AnswerDto;
  columns: number;
  onDone: () => void;
}

/** Inline correction of one answer's status, provision number, evidence or commentary. */
export function AnswerEditRow({ submissionId, answer, columns, onDone }: Props) {
  const correct = useCorrectAnswer(submissionId);
  const [draft, setDraft] = useState(() => draftFrom(answer));
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLSelectElement>(null);
  const statusId = `status-${answer.id}`;
  const provisionId = `provision-${answer.id}`;

  useEffect(() => first.current?.focus(), []);

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!PROVISION_PATTERN.test(draft.provision.trim())) {
      setError('Enter the provision number as it appears in the Code, like 5.12');
      return;
    }
    const request = correctionRequest(answer, draft);
    if (!request) {
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
          <FormGroup id={statusId} label="Answer">
            <select
              ref={first}
              className="govuk-select"
              id={statusId}
              value={draft.status}
              onChange={(event) => setDraft({ ...draft, status: event.target.value as AnswerStatus })}
            >
              <SelectOptions options={ANSWER_STATUS_OPTIONS} />
            </select>
          </FormGroup>
          <FormGroup
            id={provisionId}
            label="Provision number"
            className={error ? 'govuk-form-group--error' : undefined}
          >
            <input
              className={`govuk-input govuk-input--width-5${error ? ' govuk-input--error' : ''}`}
              id={provisionId}
              value={draft.provision}
              spellCheck={false}
              autoComplete="off"
              onChange={(event) => setDraft({ ...draft, provision: event.target.value })}
            />
          </FormGroup>
          {TEXT_FIELDS.map(({ name, label }) => (
            <FormGroup key={name} id={`${name}-${answer.id}`} label={label}>
              <textarea
                className="govuk-textarea"
                id={`${name}-${answer.id}`}
                rows={3}
                value={draft[name]}
                onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
              />
            </FormGroup>
          ))}
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
