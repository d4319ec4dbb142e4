import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { SERVICE_NAME } from '@web/lib/usePageTitle';

interface Props {
  wide: boolean;
  /** The header search box (search feature) goes here, beside the service name. */
  search?: ReactNode;
}

/** GOV.UK header without the crown: this service is not on a GOV.UK domain. */
export function Header({ wide, search }: Props) {
  return (
    <header className="govuk-header" data-module="govuk-header">
      <div
        className={`govuk-header__container govuk-width-container${wide ? ' app-width-container--wide' : ''}`}
      >
        <div className="govuk-header__logo">
          <Link to="/" className="app-header__service-name">
            {SERVICE_NAME}
          </Link>
        </div>
        {search ? <div className="app-header__search">{search}</div> : null}
      </div>
    </header>
  );
}
