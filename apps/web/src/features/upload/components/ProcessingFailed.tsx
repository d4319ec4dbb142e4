import { useEffect, useRef } from 'react';
import type { UploadErrorMessage } from '../utils/upload-error-message';

/** The document was received but could not be read: what went wrong and what to do. */
export function ProcessingFailed({ message }: { message: UploadErrorMessage }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      className="govuk-error-summary"
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="processing-failed-title"
    >
      <h2 className="govuk-error-summary__title" id="processing-failed-title">
        {message.title}
      </h2>
      <div className="govuk-error-summary__body">
        <p className="govuk-body" data-testid="processing-error">
          {message.action}
        </p>
      </div>
    </div>
  );
}
