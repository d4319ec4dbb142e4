import { type ReactNode, useEffect, useId, useRef } from 'react';

interface Props {
  title?: string;
  heading?: ReactNode;
  children?: ReactNode;
  /** Success banners take focus and are announced. */
  variant?: 'important' | 'success';
  focusOnMount?: boolean;
}

/** GOV.UK notification banner. */
export function NotificationBanner({
  title,
  heading,
  children,
  variant = 'important',
  focusOnMount = false,
}: Props) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const success = variant === 'success';

  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);

  return (
    <div
      ref={ref}
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby={id}
      tabIndex={focusOnMount ? -1 : undefined}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={id}>
          {title ?? (success ? 'Success' : 'Important')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {heading ? <p className="govuk-notification-banner__heading">{heading}</p> : null}
        {children}
      </div>
    </div>
  );
}
