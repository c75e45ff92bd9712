import type {
  DelegationKind,
  InvitationStatus,
  MembershipStatus,
  NotificationDelivery,
  NotificationKind,
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

/** Each kind of notification: a short name, and when it comes. */
export const NOTIFICATION_KINDS: Record<
  NotificationKind,
  { label: string; description: string; group: string }
> = {
  MENTION: {
    label: 'Mentions',
    description: 'Someone mentions you (@your-handle) in a post.',
    group: 'Discussions',
  },
  THREAD_REPLY: {
    label: 'Replies in threads you follow',
    description: 'A new post in a thread you opened, replied to or chose to follow.',
    group: 'Discussions',
  },
  TAG_NEW_THREAD: {
    label: 'New threads with tags you follow',
    description: 'A thread is opened about a focus area, gap or delegation you follow.',
    group: 'Discussions',
  },
  POST_MODERATED: {
    label: 'Your posts hidden by the moderators',
    description: 'The chair or the secretariat hides one of your posts, with their reason.',
    group: 'Discussions',
  },
  REPORT_SUBMITTED: {
    label: 'National reports submitted',
    description: 'A delegation submits its national report.',
    group: 'National reports',
  },
  REPORT_RETURNED: {
    label: 'National reports returned',
    description: 'Your delegation’s report is returned for changes.',
    group: 'National reports',
  },
  REPORT_PUBLISHED: {
    label: 'National reports published',
    description: 'A national report is published to the group.',
    group: 'National reports',
  },
  AGENDA_PUBLISHED: {
    label: 'Agendas published',
    description: 'A meeting’s agenda, or a new version of it, is published.',
    group: 'Meetings',
  },
  MEETING_CHANGED: {
    label: 'Meetings moved',
    description: 'A meeting whose agenda is out changes its time, place or online link.',
    group: 'Meetings',
  },
  MEETING_CANCELLED: {
    label: 'Meetings cancelled',
    description: 'A meeting is called off.',
    group: 'Meetings',
  },
  ATTENDANCE_REMINDER: {
    label: 'Attendance reminders',
    description: 'A meeting is near and you have not said whether you attend.',
    group: 'Meetings',
  },
  MINUTES_CIRCULATED: {
    label: 'Minutes circulated',
    description: 'Draft minutes are circulated for comments.',
    group: 'Meetings',
  },
  MINUTES_APPROVED: {
    label: 'Minutes approved',
    description: 'A meeting’s minutes are approved.',
    group: 'Meetings',
  },
  ACTION_ITEM_DUE: {
    label: 'Action items due',
    description: 'An action item of yours or your delegation’s is due within a week.',
    group: 'Meetings',
  },
};

/** A short tag for a notification in the list. */
export const NOTIFICATION_KIND_TAGS: Record<NotificationKind, string> = {
  MENTION: 'Mention',
  THREAD_REPLY: 'Reply',
  TAG_NEW_THREAD: 'New thread',
  POST_MODERATED: 'Moderation',
  REPORT_SUBMITTED: 'Report',
  REPORT_RETURNED: 'Report',
  REPORT_PUBLISHED: 'Report',
  AGENDA_PUBLISHED: 'Meeting',
  MEETING_CHANGED: 'Meeting',
  MEETING_CANCELLED: 'Meeting',
  ATTENDANCE_REMINDER: 'Meeting',
  MINUTES_CIRCULATED: 'Minutes',
  MINUTES_APPROVED: 'Minutes',
  ACTION_ITEM_DUE: 'Action item',
};

export const NOTIFICATION_DELIVERY: Record<NotificationDelivery, { label: string; hint: string }> = {
  IN_APP: { label: 'In the portal only', hint: 'Under Notifications; no e-mail.' },
  EMAIL_IMMEDIATE: { label: 'By e-mail at once', hint: 'And in the portal.' },
  EMAIL_DIGEST: { label: 'In a daily e-mail digest', hint: 'One e-mail a day at most, and in the portal.' },
};
