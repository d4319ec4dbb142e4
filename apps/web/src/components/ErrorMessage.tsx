import { isApiError } from '@web/lib/api-error';

interface Props {
  error: unknown;
  /** What the user was trying to do, e.g. "load your submissions". */
  action: string;
}

/** A failed load, with the API's own explanation and a request id to quote. */
export function ErrorMessage({ error, action }: Props) {
  const message = isApiError(error) ? error.message : 'Something went wrong. Try again.';
  const requestId = isApiError(error) ? error.requestId : undefined;
  return (
    <div className="govuk-inset-text" role="alert">
      <p className="govuk-body">
        <strong>We could not {action}.</strong> {message}
      </p>
      {requestId ? <p className="govuk-body-s">Reference: {requestId}</p> : null}
    </div>
  );
}
