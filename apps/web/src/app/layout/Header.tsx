import { Link } from 'react-router';
import { SERVICE_NAME } from '@web/lib/usePageTitle';

interface Props {
  wide: boolean;
}

/** GOV.UK header without the crown: this service is not on a GOV.UK domain. */
export function Header({ wide }: Props) {
  return (
    <header className="govuk-header" data-module="govuk-header">
      <div className={`govuk-header__container govuk-width-container${wide ? ' app-width-container--wide' : ''}`}>
        <div className="govuk-header__logo">
          <Link to="/" className="app-header__service-name">
            {SERVICE_NAME}
          </Link>
        </div>
      </div>
    </header>
  );
}
