import type { InputHTMLAttributes, ReactNode } from 'react';
import { FormGroup, describedBy } from './FormGroup';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className'>;

interface Props extends InputProps {
  id: string;
  label: ReactNode;
  labelClassName?: string;
  /** Added to the form group, e.g. `app-filter`. */
  groupClassName?: string;
  /** Added to `govuk-input`, e.g. a width class. */
  inputClassName?: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  /** After the input inside the group, e.g. a search button. */
  after?: ReactNode;
}

/** A labelled GOV.UK text input, with its hint and error when given. */
export function TextField({
  id,
  label,
  labelClassName,
  groupClassName,
  inputClassName,
  hint,
  error,
  value,
  onChange,
  after,
  ...input
}: Props) {
  const classes = ['govuk-input', inputClassName, error ? 'govuk-input--error' : undefined];
  return (
    <FormGroup
      id={id}
      label={label}
      labelClassName={labelClassName}
      className={groupClassName}
      hint={hint}
      error={error}
    >
      <input
        {...input}
        className={classes.filter(Boolean).join(' ')}
        id={id}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
      {after}
    </FormGroup>
  );
}
