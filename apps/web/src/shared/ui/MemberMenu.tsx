import { useEffect, useId, useRef, useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useSignOut } from '../session/sign-out';

const LINKS = [
  { to: '/profile', label: 'Profile' },
  { to: '/profile/sessions', label: 'Sessions' },
  { to: '/profile/two-factor', label: 'Two-factor sign-in' },
  { to: '/profile/notifications', label: 'Notification settings' },
];

/**
 * The signed-in member's name, opening their links and "Sign out": a disclosure (button and
 * list), which every screen reader and keyboard knows, rather than an ARIA menu.
 */
export function MemberMenu({ name }: { name: string }) {
  const location = useLocation();
  // Open on the page where it was opened: following one of its links closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === location.pathname;
  const setOpen = (next: boolean) => setOpenOn(next ? location.pathname : null);
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const signOut = useSignOut();

  useEffect(() => {
    if (!open) return;
    const outside = (target: EventTarget | null) => !containerRef.current?.contains(target as Node | null);
    const onPointerDown = (event: PointerEvent) => {
      if (outside(event.target)) setOpenOn(null);
    };
    // Tabbing out of the menu closes it, as a click elsewhere does.
    const onFocusIn = (event: FocusEvent) => {
      if (outside(event.target)) setOpenOn(null);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpenOn(null);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  return (
    <div className="member-menu" ref={containerRef}>
      <button
        type="button"
        ref={buttonRef}
        className="member-menu__button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        <span className="visually-hidden">Account menu for </span>
        {name}
        <span className="member-menu__caret" aria-hidden="true" />
      </button>
      <ul className="member-menu__list" id={listId} hidden={!open}>
        {LINKS.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end>
              {link.label}
            </NavLink>
          </li>
        ))}
        <li>
          <button
            type="button"
            className="member-menu__sign-out"
            aria-disabled={signOut.isPending || undefined}
            onClick={() => {
              if (signOut.isPending) return;
              signOut.mutate();
            }}
          >
            {signOut.isPending ? 'Signing out…' : 'Sign out'}
          </button>
        </li>
      </ul>
    </div>
  );
}
