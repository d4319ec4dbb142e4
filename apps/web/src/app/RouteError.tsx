import { isRouteErrorResponse, useRouteError } from 'react-router';
import { usePageTitle } from '@web/lib/usePageTitle';

/** Shown when a page fails to load or render (for example after a deployment replaced its chunk). */
export function RouteError() {
  const error = useRouteError();
  usePageTitle('Sorry, there is a problem with the service');
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : null;
  return (
    <div className="govuk-width-container">
      <main className="govuk-main-wrapper" id="main-content">
        <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
        <p className="govuk-body">
          Reload the page to try again. If the problem continues, tell your account administrator.
        </p>
        {detail ? <p className="govuk-body-s">{detail}</p> : null}
        <p className="govuk-body">
          <a className="govuk-link" href="/">
            Go to the start page
          </a>
        </p>
      </main>
    </div>
  );
}
