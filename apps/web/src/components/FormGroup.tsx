import type { ReactNode } from 'react';

interface Props {
  /** The control's id; the hint and error take `<id>-hint` and `<id>-error`. */
  id: string;
  label: ReactNode;
  /** Defaults to `govuk-label`; e.g. `govuk-label govuk-label--s` for a filter, `govuk-visually-hidden`. */
  labelClassName?: string;
  /** Added to `govuk-form-group`, e.g. `app-filter`. */
  className?: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}

/** A GOV.UK form group: label, optional hint and error message, then the control. */
export function FormGroup({
  id,
  label,
  labelClassName = 'govuk-label',
  className,
  hint,
  error,
  children,
}: Props) {
  const classes = ['govuk-form-group', className, error ? 'govuk-form-group--error' : undefined];
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      <label className={labelClassName} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="govuk-error-message" id={`${id}-error`}>
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** The `aria-describedby` of a control in a FormGroup: its hint and error, when it has them. */
export function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined];
  return ids.filter(Boolean).join(' ') || undefined;
}
