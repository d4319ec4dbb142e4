import { useEffect, useRef } from 'react';

export interface ErrorSummaryItem {
  /** Id of the field the message is about; the link moves focus there. */
  href?: string;
  text: string;
}

interface Props {
  errors: ErrorSummaryItem[];
  title?: string;
}

/** GOV.UK error summary: receives focus when it appears so screen reader users hear the problem. */
export function ErrorSummary({ errors, title = 'There is a problem' }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((error) => error.text).join('|');

  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);

  if (errors.length === 0) return null;
  return (
    <div
      className="govuk-error-summary"
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
    >
      <h2 className="govuk-error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <div className="govuk-error-summary__body">
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
      </div>
    </div>
  );
}
