import type { ReactNode } from 'react';

interface Props {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Added to the form group, e.g. `app-filter`. */
  className?: string;
}

/** One small GOV.UK checkbox in its own form group. */
export function CheckboxField({ id, label, checked, onChange, className }: Props) {
  return (
    <div className={className ? `govuk-form-group ${className}` : 'govuk-form-group'}>
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={id}
            type="checkbox"
            checked={checked}
            onChange={(event) => onChange(event.target.checked)}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
        </div>
      </div>
    </div>
  );
}
