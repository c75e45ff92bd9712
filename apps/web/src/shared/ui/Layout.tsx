import { type ReactNode, type RefObject, Suspense, useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { canAdminister, useAbility } from '../session/ability';
import { useSession } from '../session/session';
import { MemberMenu } from './MemberMenu';

/**
 * The page frame: skip link, banner, main navigation, main content and footer. After each
 * client-side navigation, focus moves to the new page's heading, as a page load would.
 */
export function Layout() {
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    const target = heading ?? mainRef.current;
    if (target) {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
    }
  }, [location.pathname]);

  return (
    <SiteFrame mainRef={mainRef} header={<SiteNavigation />}>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </SiteFrame>
  );
}

/** Shown while the first page's code loads: the same frame, so landmarks are there at once. */
export function PageLoading() {
  return (
    <SiteFrame>
      <Loading />
    </SiteFrame>
  );
}

function Loading() {
  return (
    <p role="status" className="page-loading">
      Loading…
    </p>
  );
}

/** Home, Directory and, for the secretariat, Admin; the member's own menu. Nothing when signed out. */
function SiteNavigation() {
  const { data: session } = useSession();
  const ability = useAbility();
  if (!session) return null;
  const items = [
    { to: '/', label: 'Home', end: true },
    { to: '/directory', label: 'Directory', end: false },
    ...(canAdminister(ability) ? [{ to: '/admin', label: 'Admin', end: false }] : []),
  ];
  return (
    <>
      <nav aria-label="Main" className="main-nav">
        <ul>
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <MemberMenu name={session.member.name} />
    </>
  );
}

/** A thin bar while the next page loads; screen readers hear "Loading" only if it takes a while. */
function NavigationProgress() {
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle';
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => setSlow(true), 1000);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [busy]);
  return (
    <div className="navigation-progress" data-busy={busy || undefined}>
      <span className="visually-hidden" role="status">
        {busy && slow ? 'Loading the page…' : ''}
      </span>
    </div>
  );
}

function SiteFrame({
  children,
  mainRef,
  header,
}: {
  children: ReactNode;
  mainRef?: RefObject<HTMLElement | null>;
  header?: ReactNode;
}) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        {mainRef && <NavigationProgress />}
        <div className="site-header__inner">
          <NavLink to="/" className="site-title">
            <span className="site-title__name">EGCC Portal</span>
            <span className="site-title__subtitle">Expert Group for Cooperation on Children at Risk</span>
          </NavLink>
          {header}
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p>
          A working group of the <abbr title="Council of the Baltic Sea States">CBSS</abbr>, run by the
          Children&apos;s Unit of the CBSS Secretariat. For members only.
        </p>
      </footer>
    </>
  );
}
