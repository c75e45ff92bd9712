import { NavLink } from 'react-router';

/** The member's own pages, as tabs. */
export function ProfileNav() {
  return (
    <nav aria-label="Your account" className="sub-nav">
      <ul>
        <li>
          <NavLink to="/profile" end>
            Profile
          </NavLink>
        </li>
        <li>
          <NavLink to="/profile/sessions">Sessions</NavLink>
        </li>
        <li>
          <NavLink to="/profile/two-factor">Two-factor sign-in</NavLink>
        </li>
        <li>
          <NavLink to="/profile/notifications">Notifications</NavLink>
        </li>
        <li>
          <NavLink to="/profile/calendar">Calendar feed</NavLink>
        </li>
      </ul>
    </nav>
  );
}
