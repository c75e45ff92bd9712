import { NavLink, Outlet } from 'react-router';
import { useAbility } from '../../../shared/session/ability';

/** The secretariat's pages, with their own navigation; each page's API call decides access. */
export function AdminLayout() {
  const ability = useAbility();
  const sections = [
    { to: '/admin/members', label: 'Members', allowed: ability.can('readPrivate', 'Member') },
    { to: '/admin/invitations', label: 'Invitations', allowed: ability.can('read', 'Invitation') },
    { to: '/admin/delegations', label: 'Delegations', allowed: ability.can('create', 'Delegation') },
    {
      to: '/admin/reporting-periods',
      label: 'Reporting periods',
      allowed: ability.can('create', 'ReportingPeriod'),
    },
    { to: '/admin/audit', label: 'Audit log', allowed: ability.can('read', 'AuditEvent') },
    { to: '/admin/outbox', label: 'Outbox', allowed: ability.can('read', 'OutboxMessage') },
  ].filter((section) => section.allowed);

  return (
    <div className="admin">
      {sections.length > 0 && (
        <nav aria-label="Admin" className="sub-nav admin__nav">
          <ul>
            {sections.map((section) => (
              <li key={section.to}>
                <NavLink to={section.to}>{section.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="admin__content">
        <Outlet />
      </div>
    </div>
  );
}
