import type {
  DelegationKind,
  InvitationStatus,
  MembershipStatus,
  OutboxStatus,
  Role,
  UserStatus,
} from '@egcc/contracts';
import type { BadgeTone } from './Badge';

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Secretariat (admin)',
  CHAIR: 'Chair',
  DELEGATE: 'Delegate',
  OBSERVER: 'Observer',
};

export const ROLE_ORDER: Role[] = ['ADMIN', 'CHAIR', 'DELEGATE', 'OBSERVER'];

export const rolesText = (roles: readonly Role[]) =>
  ROLE_ORDER.filter((role) => roles.includes(role))
    .map((role) => ROLE_LABELS[role])
    .join(', ');

export const DELEGATION_KIND_LABELS: Record<DelegationKind, string> = {
  MEMBER_STATE: 'Member state',
  INSTITUTION: 'Institution',
};

export const MEMBERSHIP_STATUS: Record<MembershipStatus, { label: string; tone: BadgeTone }> = {
  ACTIVE: { label: 'Active', tone: 'success' },
  SUSPENDED: { label: 'Suspended', tone: 'warning' },
  WITHDRAWN: { label: 'Withdrawn', tone: 'danger' },
};

export const USER_STATUS: Record<UserStatus, { label: string; tone: BadgeTone }> = {
  INVITED: { label: 'Invited', tone: 'info' },
  ACTIVE: { label: 'Active', tone: 'success' },
  DEACTIVATED: { label: 'Deactivated', tone: 'danger' },
};

export const INVITATION_STATUS: Record<InvitationStatus, { label: string; tone: BadgeTone }> = {
  PENDING: { label: 'Pending', tone: 'info' },
  EXPIRED: { label: 'Expired', tone: 'warning' },
  ACCEPTED: { label: 'Accepted', tone: 'success' },
  REVOKED: { label: 'Revoked', tone: 'neutral' },
};

export const OUTBOX_STATUS: Record<OutboxStatus, { label: string; tone: BadgeTone }> = {
  PENDING: { label: 'Waiting', tone: 'info' },
  SENT: { label: 'Sent', tone: 'success' },
  FAILED: { label: 'Failed', tone: 'danger' },
};

/** The language of a delegation's native names (delegation codes are country codes, not language codes). */
const LANGUAGES: Record<string, string> = {
  dk: 'da',
  ee: 'et',
  fi: 'fi',
  de: 'de',
  is: 'is',
  lv: 'lv',
  lt: 'lt',
  no: 'no',
  pl: 'pl',
  ru: 'ru',
  se: 'sv',
};

export const languageOf = (delegationCode: string): string | undefined => LANGUAGES[delegationCode];
