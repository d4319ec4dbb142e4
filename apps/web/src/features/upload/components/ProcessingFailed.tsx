import { ErrorSummary } from '@web/components/ErrorSummary';
import type { UploadErrorMessage } from '../utils/upload-error-message';

/** The document was received but could not be read: what went wrong and what to do. */
export function ProcessingFailed({ message }: { message: UploadErrorMessage }) {
  return (
    <ErrorSummary title={message.title} titleId="processing-failed-title">
      <p className="govuk-body" data-testid="processing-error">
        {message.action}
      </p>
    </ErrorSummary>
  );
}
