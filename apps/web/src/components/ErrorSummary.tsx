import { type ReactNode, useEffect, useRef } from 'react';

export interface ErrorSummaryItem {
  /** Id of the field the message is about; the link moves focus there. */
  href?: string;
  text: string;
}

interface Props {
  errors?: ErrorSummaryItem[];
  title?: string;
  titleId?: string;
  /** Said in place of a list of field errors. */
  children?: ReactNode;
}

/** GOV.UK error summary: receives focus when it appears so screen reader users hear the problem. */
export function ErrorSummary({
  errors = [],
  title = 'There is a problem',
  titleId = 'error-summary-title',
  children,
}: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = children ? title : errors.map((error) => error.text).join('|');

  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);

  if (errors.length === 0 && !children) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby={titleId}>
      <h2 className="govuk-error-summary__title" id={titleId}>
        {title}
      </h2>
      <div className="govuk-error-summary__body">
        {children}
        {errors.length ? (
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={error.text}>
                {error.href ? (
                  <a
                    href={error.href}
                    onClick={(event) => {
                      const target = document.querySelector<HTMLElement>(error.href!);
                      if (!target) return;
                      event.preventDefault();
                      target.focus();
                      target.scrollIntoView({ block: 'center' });
                    }}
                  >
                    {error.text}
                  </a>
                ) : (
                  error.text
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
