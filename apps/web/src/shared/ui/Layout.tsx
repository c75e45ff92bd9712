import { type ReactNode, type RefObject, Suspense, useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { SearchBox } from '../../features/search/components/SearchBox';
import { LiveEventsProvider } from '../live/LiveEvents';
import { badgeNumber, unreadNotificationsText, unreadThreadsText, useUnreadSummary } from '../live/unread';
import { canAdminister, useAbility } from '../session/ability';
import { useSession } from '../session/session';
import { AnnouncementRegion, AnnounceProvider, useAnnouncer } from './Announcer';
import { MemberMenu } from './MemberMenu';

/**
 * The page frame: skip link, banner, main navigation, main content and footer. After each
 * client-side navigation, focus moves to the new page's heading, as a page load would.
 */
export function Layout() {
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const { message, announce } = useAnnouncer();
  const memberId = useSession().data?.member.id;

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

  const frame = (
    <SiteFrame mainRef={mainRef} header={<SiteNavigation />} announcement={message}>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </SiteFrame>
  );
  return (
    <AnnounceProvider announce={announce}>
      <LiveEventsProvider memberId={memberId ?? null}>{frame}</LiveEventsProvider>
    </AnnounceProvider>
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

interface NavigationItem {
  to: string;
  label: string;
  end: boolean;
  /** The number on the item's badge, and what it means in words. */
  badge?: { number: string | null; text: string | null };
  icon?: ReactNode;
  /** Paths under `to` that another item stands for: this one is not the current page there. */
  except?: string[];
}

/**
 * Home, Discussions (with the followed threads that have new posts), Reports and beside it the
 * Regional overview, Directory, for the secretariat Admin, and Notifications (with the unread
 * count); the search box; the member's own menu.
 * Nothing when signed out. The counts follow the live events.
 */
function SiteNavigation() {
  const { data: session } = useSession();
  const ability = useAbility();
  const unread = useUnreadSummary(Boolean(session)).data;
  const { pathname } = useLocation();
  if (!session) return null;
  const items: NavigationItem[] = [
    { to: '/', label: 'Home', end: true },
    {
      to: '/discussions',
      label: 'Discussions',
      end: false,
      badge: { number: badgeNumber(unread?.unreadThreads), text: unreadThreadsText(unread?.unreadThreads) },
    },
    { to: '/reports', label: 'Reports', end: false, except: ['/reports/overview', '/reports/compare'] },
    { to: '/reports/overview', label: 'Regional overview', end: false },
    { to: '/meetings', label: 'Meetings', end: false },
    { to: '/action-items', label: 'Action items', end: false },
    { to: '/directory', label: 'Directory', end: false },
    ...(canAdminister(ability) ? [{ to: '/admin', label: 'Admin', end: false }] : []),
    {
      to: '/notifications',
      label: 'Notifications',
      end: true,
      icon: <BellIcon />,
      badge: {
        number: badgeNumber(unread?.unreadNotifications),
        text: unreadNotificationsText(unread?.unreadNotifications),
      },
    },
  ];
  return (
    <>
      <nav aria-label="Main" className="main-nav">
        <ul>
          {items.map((item) => (
            <li key={item.to}>
              <NavLink
                to={item.to}
                end={item.end}
                // One current item: the regional overview lies under /reports but is not "Reports".
                aria-current={item.except?.some((path) => pathname.startsWith(path)) ? 'false' : 'page'}
                className={item.icon ? 'main-nav__icon-link' : undefined}
                // The name says what the badge shows: "Notifications, 3 unread".
                aria-label={item.badge?.number ? `${item.label}, ${item.badge.text}` : undefined}
              >
                {item.icon}
                {item.label}
                {item.badge?.number && (
                  <span className="nav-badge" aria-hidden="true" data-testid={`${item.label} badge`}>
                    {item.badge.number}
                  </span>
                )}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <SearchBox />
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

function BellIcon() {
  return (
    <svg
      className="main-nav__icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
      />
    </svg>
  );
}

function SiteFrame({
  children,
  mainRef,
  header,
  announcement,
}: {
  children: ReactNode;
  mainRef?: RefObject<HTMLElement | null>;
  header?: ReactNode;
  announcement?: string;
}) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        {mainRef && <NavigationProgress />}
        {announcement !== undefined && <AnnouncementRegion message={announcement} />}
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
