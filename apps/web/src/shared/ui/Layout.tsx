import { type ReactNode, type RefObject, useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';

const NAVIGATION = [{ to: '/', label: 'Home', end: true }];

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
    <SiteFrame mainRef={mainRef}>
      <Outlet />
    </SiteFrame>
  );
}

/** Shown while the first page's code loads: the same frame, so landmarks and navigation are there at once. */
export function PageLoading() {
  return (
    <SiteFrame>
      <p role="status" className="page-loading">
        Loading…
      </p>
    </SiteFrame>
  );
}

function SiteFrame({ children, mainRef }: { children: ReactNode; mainRef?: RefObject<HTMLElement | null> }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to="/" className="site-title">
            <span className="site-title__name">EGCC Portal</span>
            <span className="site-title__subtitle">Expert Group for Cooperation on Children at Risk</span>
          </NavLink>
          <nav aria-label="Main" className="main-nav">
            <ul>
              {NAVIGATION.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
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
