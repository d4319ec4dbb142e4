import type { ReactNode } from 'react';

interface Props {
  label: ReactNode;
  children: ReactNode;
  /** Added to the value cell, e.g. `app-pre-line`. */
  valueClassName?: string;
  /** The value cell's `data-testid`. */
  testId?: string;
}

/** One key and value of a GOV.UK summary list. */
export function SummaryRow({ label, children, valueClassName, testId }: Props) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd
        className={
          valueClassName ? `govuk-summary-list__value ${valueClassName}` : 'govuk-summary-list__value'
        }
        data-testid={testId}
      >
        {children}
      </dd>
    </div>
  );
}
