import { useEffect, useRef } from 'react';
import { Outlet, useLocation, useMatches } from 'react-router';
import { useSession } from '@web/features/auth/hooks/useSession';
import { HeaderSearch } from '@web/features/search/components/HeaderSearch';
import { Footer } from './Footer';
import { Header } from './Header';
import { PhaseBanner } from './PhaseBanner';
import { ServiceNavigation } from './ServiceNavigation';
import { SkipLink } from './SkipLink';

export interface RouteHandle {
  /** Use the wide page container (table beside a document). */
  wide?: boolean;
}

/** The GOV.UK page template around every page. */
export function AppLayout() {
  const session = useSession();
  const { pathname } = useLocation();
  const wide = useMatches().some((match) => (match.handle as RouteHandle | undefined)?.wide);
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After an in-app navigation, move focus to the new page's content as a full page load would.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);

  const container = `govuk-width-container${wide ? ' app-width-container--wide' : ''}`;
  return (
    <>
      <SkipLink />
      <Header
        wide={wide}
        search={session.data && session.data.role !== 'landlord' ? <HeaderSearch /> : undefined}
      />
      <ServiceNavigation user={session.data ?? null} wide={wide} />
      <PhaseBanner wide={wide} />
      <div className={container}>
        <main className="govuk-main-wrapper" id="main-content" ref={main} tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <Footer wide={wide} />
    </>
  );
}
