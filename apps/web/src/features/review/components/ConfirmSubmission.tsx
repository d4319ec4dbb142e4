import type { SubmissionDetailDto } from '@app/contracts';
import { useState } from 'react';
import { ErrorSummary } from '@web/components/ErrorSummary';
import { YearField } from '@web/features/upload/components/YearField';
import { checkYear } from '@web/features/upload/utils/validate-year';
import { isApiError } from '@web/lib/api-error';
import { useConfirmSubmission } from '../hooks/useConfirmSubmission';
import { isFlagged } from '../utils/flag-answer';

interface Props {
  submission: SubmissionDetailDto;
}

/** "Confirm submission", then a confirmation step that shows what is being confirmed. */
export function ConfirmSubmission({ submission }: Props) {
  const confirm = useConfirmSubmission(submission.id);
  const [open, setOpen] = useState(false);
  const initialYear = submission.assessmentYear ?? submission.detectedYear;
  const [year, setYear] = useState(initialYear ? String(initialYear) : '');
  const [yearError, setYearError] = useState<string | null>(null);
  const remaining = submission.answers.filter(isFlagged).length;

  if (!open) {
    return (
      <button type="button" className="govuk-button" data-module="govuk-button" onClick={() => setOpen(true)}>
        Confirm submission
      </button>
    );
  }

  const submit = () => {
    const checked = checkYear(year);
    if (checked.error || !checked.year) {
      setYearError(checked.error ?? 'Enter the assessment year, like 2024');
      return;
    }
    setYearError(null);
    confirm.mutate(checked.year !== submission.assessmentYear ? { assessmentYear: checked.year } : {});
  };

  const errors = [
    ...(yearError ? [{ href: '#assessmentYear', text: yearError }] : []),
    ...(confirm.isError
      ? [
          {
            text: isApiError(confirm.error)
              ? confirm.error.message
              : 'The submission could not be confirmed. Try again.',
          },
        ]
      : []),
  ];
  return (
    <section className="govuk-!-margin-bottom-6" aria-labelledby="confirm-heading" data-testid="confirm-step">
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m" id="confirm-heading">
        Are you sure you want to confirm this submission?
      </h2>
      <p className="govuk-body">
        Confirming tells us the {submission.answers.length} answers below match your published
        self-assessment. They will then be used in comparisons with other landlords.
      </p>
      {remaining > 0 ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {remaining} {remaining === 1 ? 'row is' : 'rows are'} still marked to check.
          </strong>
        </div>
      ) : null}
      <YearField value={year} onChange={setYear} error={yearError ?? undefined} />
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" disabled={confirm.isPending} onClick={submit}>
          {confirm.isPending ? 'Confirming…' : 'Yes, confirm submission'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </section>
  );
}
