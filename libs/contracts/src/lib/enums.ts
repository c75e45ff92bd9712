import { z } from 'zod';

/** Roles a member holds; a member may hold several (a chair is also a delegate). */
export const Role = z.enum(['ADMIN', 'CHAIR', 'DELEGATE', 'OBSERVER']).meta({ id: 'Role' });
export type Role = z.infer<typeof Role>;

export const DelegationKind = z.enum(['MEMBER_STATE', 'INSTITUTION']).meta({ id: 'DelegationKind' });
export type DelegationKind = z.infer<typeof DelegationKind>;

export const MembershipStatus = z.enum(['ACTIVE', 'SUSPENDED', 'WITHDRAWN']).meta({ id: 'MembershipStatus' });
export type MembershipStatus = z.infer<typeof MembershipStatus>;

export const UserStatus = z.enum(['INVITED', 'ACTIVE', 'DEACTIVATED']).meta({ id: 'UserStatus' });
export type UserStatus = z.infer<typeof UserStatus>;

export const MeasureKindCode = z
  .enum(['LEGISLATIVE', 'POLITICAL', 'ADMINISTRATIVE'])
  .meta({ id: 'MeasureKindCode' });
export type MeasureKindCode = z.infer<typeof MeasureKindCode>;

export const GapKindCode = z.enum(['SERVICES', 'EXPERTISE', 'CAPACITY']).meta({ id: 'GapKindCode' });
export type GapKindCode = z.infer<typeof GapKindCode>;

export const MeasureStatus = z.enum(['PLANNED', 'ADOPTED', 'IN_FORCE']).meta({ id: 'MeasureStatus' });
export type MeasureStatus = z.infer<typeof MeasureStatus>;

export const ReportStatus = z.enum(['DRAFT', 'SUBMITTED', 'PUBLISHED']).meta({ id: 'ReportStatus' });
export type ReportStatus = z.infer<typeof ReportStatus>;

export const MeetingStatus = z
  .enum(['DRAFT', 'AGENDA_PUBLISHED', 'HELD', 'MINUTES_APPROVED'])
  .meta({ id: 'MeetingStatus' });
export type MeetingStatus = z.infer<typeof MeetingStatus>;

export const AgendaItemKind = z
  .enum(['INFORMATION', 'DISCUSSION', 'DECISION'])
  .meta({ id: 'AgendaItemKind' });
export type AgendaItemKind = z.infer<typeof AgendaItemKind>;

export const AttendanceResponse = z
  .enum(['IN_PERSON', 'ONLINE', 'NOT_ATTENDING', 'TENTATIVE'])
  .meta({ id: 'AttendanceResponse' });
export type AttendanceResponse = z.infer<typeof AttendanceResponse>;

export const MinutesStatus = z.enum(['DRAFT', 'CIRCULATED', 'APPROVED']).meta({ id: 'MinutesStatus' });
export type MinutesStatus = z.infer<typeof MinutesStatus>;

export const ActionItemStatus = z
  .enum(['OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED'])
  .meta({ id: 'ActionItemStatus' });
export type ActionItemStatus = z.infer<typeof ActionItemStatus>;

export const NotificationKind = z
  .enum([
    'THREAD_REPLY',
    'MENTION',
    'TAG_NEW_THREAD',
    'POST_MODERATED',
    'REPORT_SUBMITTED',
    'REPORT_RETURNED',
    'REPORT_PUBLISHED',
    'AGENDA_PUBLISHED',
    'MEETING_CHANGED',
    'MEETING_CANCELLED',
    'ATTENDANCE_REMINDER',
    'MINUTES_CIRCULATED',
    'MINUTES_APPROVED',
    'ACTION_ITEM_DUE',
  ])
  .meta({ id: 'NotificationKind' });
export type NotificationKind = z.infer<typeof NotificationKind>;

export const NotificationDelivery = z
  .enum(['IN_APP', 'EMAIL_IMMEDIATE', 'EMAIL_DIGEST'])
  .meta({ id: 'NotificationDelivery' });
export type NotificationDelivery = z.infer<typeof NotificationDelivery>;
