import type { SessionUser } from '@app/contracts';
import { Link, useLocation } from 'react-router';
import { SignOutButton } from '@web/features/auth/components/SignOutButton';
import { isCurrent, navigationFor } from '../navigation';

interface Props {
  user: SessionUser | null;
  wide: boolean;
}

const ROLE_LABEL = { admin: 'Administrator', analyst: 'Analyst', landlord: 'Landlord' } as const;

/** GOV.UK service navigation: the sections the signed-in role may use, and the account. */
export function ServiceNavigation({ user, wide }: Props) {
  const { pathname } = useLocation();
  const items = user ? navigationFor(user.role, user.landlordId) : [];
  return (
    <section className="govuk-service-navigation" aria-label="Service information">
      <div className={`govuk-width-container${wide ? ' app-width-container--wide' : ''}`}>
        <div className="govuk-service-navigation__container">
          {items.length > 0 ? (
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list" id="navigation">
                {items.map((item) => {
                  const current = !item.external && isCurrent(item, pathname);
                  const className = `govuk-service-navigation__item${current ? ' govuk-service-navigation__item--active' : ''}`;
                  return (
                    <li className={className} key={item.href}>
                      {item.external ? (
                        <a className="govuk-service-navigation__link" href={item.href}>
                          {item.text}
                        </a>
                      ) : (
                        <Link
                          className="govuk-service-navigation__link"
                          to={item.href}
                          aria-current={current ? 'page' : undefined}
                        >
                          {current ? (
                            <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
                          ) : (
                            item.text
                          )}
                        </Link>
                      )}
                    </li>
                  );
                })}
              </ul>
            </nav>
          ) : null}
          {user ? (
            <div className="app-service-navigation__account">
              <span className="govuk-body-s govuk-!-margin-bottom-0">
                {user.email} <span className="govuk-visually-hidden">signed in as</span>
                <span className="govuk-!-font-weight-bold">
                  {' '}
                  {user.landlordName ?? ROLE_LABEL[user.role]}
                </span>
              </span>
              <SignOutButton />
            </div>
          ) : null}
        </div>
      </div>
    </section>
  );
}
