import {
  AbilityBuilder,
  createMongoAbility,
  type MongoAbility,
  type RawRuleOf,
  subject as tag,
} from '@casl/ability';
import type { MembershipStatus, MinutesStatus, ReportStatus, Role, UserStatus } from '@egcc/contracts';

/**
 * The one definition of who may do what in the portal: roles × actions × ownership. The API
 * enforces it on every route and in services; the SPA uses the same rules to hide what a
 * member may not do. A change here changes both.
 */

export type Action =
  | 'manage'
  | 'read'
  | 'create'
  | 'update'
  | 'delete'
  /** Members */
  | 'readPrivate'
  | 'changeRoles'
  | 'deactivate'
  | 'reactivate'
  /** Invitations */
  | 'resend'
  | 'revoke'
  /** Delegations */
  | 'changeStatus'
  /** Audit log */
  | 'export'
  /** Mail outbox */
  | 'retry'
  /** Discussions: pin, lock, hide posts, move tags */
  | 'moderate'
  /** National reports: a delegation submits or withdraws its own; the secretariat and chair publish or return */
  | 'submit'
  | 'withdraw'
  | 'review'
  /** Meetings: publish the agenda (a new version each time) */
  | 'publish'
  /** Meetings: remind members who have not answered; answering is `update` on one's own Attendance */
  | 'remind'
  /** Minutes: send the draft round for comment, approve (locks them), comment while circulated */
  | 'circulate'
  | 'approve'
  | 'comment'
  /** Action items: report progress (status and a note); `update` edits the particulars */
  | 'updateStatus';

/** Record shapes the conditions look at: only the fields rules depend on. */
export interface MemberRecord {
  id: string;
  delegationId: string | null;
}
export interface SessionRecord {
  userId: string;
}
export interface PostRecord {
  authorId: string | null;
}
export interface ThreadRecord {
  authorId: string | null;
}
export interface ReportRecord {
  delegationId: string;
  status: ReportStatus;
}
export interface AttendanceRecord {
  userId: string;
}
export interface MinutesRecord {
  status: MinutesStatus;
}
export interface ActionItemRecord {
  ownerUserId: string | null;
  ownerDelegationId: string | null;
}

export type SubjectName =
  | 'Reference'
  | 'Delegation'
  | 'Ministry'
  | 'Member'
  | 'Profile'
  | 'Session'
  | 'TwoFactor'
  | 'Invitation'
  | 'AuditEvent'
  | 'OutboxMessage'
  | 'Thread'
  | 'Post'
  | 'Notification'
  | 'Report'
  | 'ReportingPeriod'
  | 'Attachment'
  | 'Meeting'
  | 'AgendaItem'
  | 'Attendance'
  | 'Minutes'
  | 'Decision'
  | 'ActionItem'
  | 'Search';

type TaggedSubject =
  | (MemberRecord & { __caslSubjectType__: 'Member' })
  | (SessionRecord & { __caslSubjectType__: 'Session' })
  | (ThreadRecord & { __caslSubjectType__: 'Thread' })
  | (PostRecord & { __caslSubjectType__: 'Post' })
  | (ReportRecord & { __caslSubjectType__: 'Report' })
  | (AttendanceRecord & { __caslSubjectType__: 'Attendance' })
  | (MinutesRecord & { __caslSubjectType__: 'Minutes' })
  | (ActionItemRecord & { __caslSubjectType__: 'ActionItem' });

export type Subject = SubjectName | TaggedSubject;
export type AppAbility = MongoAbility<[Action, Subject]>;
export type PolicyRule = RawRuleOf<AppAbility>;

/** The signed-in member, as far as the policy needs to know them. */
export interface Actor {
  id: string;
  roles: readonly Role[];
  status: UserStatus;
  delegationId: string | null;
  delegationStatus: MembershipStatus | null;
}

/** Whether the member may be signed in at all: an active member of an active delegation. */
export function mayParticipate(actor: Pick<Actor, 'status' | 'delegationStatus'>): boolean {
  return (
    actor.status === 'ACTIVE' && (actor.delegationStatus === null || actor.delegationStatus === 'ACTIVE')
  );
}

export function rulesFor(actor: Actor): PolicyRule[] {
  const { can, cannot, rules } = new AbilityBuilder<AppAbility>(createMongoAbility);
  if (!mayParticipate(actor)) return rules;

  // Every member: the directory, the vocabularies, their own profile, sessions and 2FA.
  can('read', ['Reference', 'Delegation', 'Ministry', 'Member']);
  can(['read', 'update'], ['Profile', 'TwoFactor']);
  can(['read', 'delete'], 'Session', { userId: actor.id });
  can(['read', 'update'], 'Notification');
  // Search: every member; what it finds is limited by the read rules of each kind.
  can('read', 'Search');

  // Discussions: everyone reads; delegates, chairs and the secretariat write; observers never do.
  can('read', ['Thread', 'Post']);
  const writes = actor.roles.some((role) => role === 'DELEGATE' || role === 'CHAIR' || role === 'ADMIN');
  if (writes) {
    can('create', 'Thread');
    can('create', 'Post');
    can('update', 'Thread', { authorId: actor.id });
    can(['update', 'delete'], 'Post', { authorId: actor.id });
  }
  if (actor.roles.includes('CHAIR') || actor.roles.includes('ADMIN')) {
    can(['moderate', 'update'], 'Thread');
    can('moderate', 'Post');
  }

  // National reports: published ones are everyone's; drafts stay with their delegation and
  // the secretariat; submitted ones also reach the chair, who may publish them.
  can('read', 'ReportingPeriod');
  can('read', 'Report', { status: 'PUBLISHED' });
  can('read', 'Attachment');
  const files = actor.roles.some((role) => role === 'DELEGATE' || role === 'CHAIR');
  if (files && actor.delegationId) {
    can('read', 'Report', { delegationId: actor.delegationId });
    can('create', 'Report');
    can('update', 'Report', { delegationId: actor.delegationId, status: 'DRAFT' });
    can('submit', 'Report', { delegationId: actor.delegationId, status: 'DRAFT' });
    can('withdraw', 'Report', { delegationId: actor.delegationId, status: 'SUBMITTED' });
  }
  if (actor.roles.includes('CHAIR')) {
    can('read', 'Report', { status: 'SUBMITTED' });
    can('review', 'Report', { status: 'SUBMITTED' });
  }
  if (actor.roles.includes('ADMIN')) {
    can('read', 'Report');
    can('review', 'Report', { status: 'SUBMITTED' });
    can(['create', 'update'], 'ReportingPeriod');
  }

  // Meetings: every member (observers too) reads them and answers for themselves; chairs and
  // the secretariat run them. Draft minutes stay with them until circulated; approved minutes
  // are locked for everyone.
  can('read', ['Meeting', 'AgendaItem', 'Decision', 'ActionItem']);
  can('read', 'Minutes', { status: { $in: ['CIRCULATED', 'APPROVED'] } });
  can(['read', 'update'], 'Attendance', { userId: actor.id });
  if (writes) can('comment', 'Minutes', { status: 'CIRCULATED' });
  // Action items: their owner reports progress, a member or any delegate of the owning delegation.
  can('updateStatus', 'ActionItem', { ownerUserId: actor.id });
  const delegates = actor.roles.some((role) => role === 'DELEGATE' || role === 'CHAIR');
  if (delegates && actor.delegationId) {
    can('updateStatus', 'ActionItem', { ownerDelegationId: actor.delegationId });
  }
  if (actor.roles.includes('CHAIR') || actor.roles.includes('ADMIN')) {
    can(['create', 'update', 'delete', 'publish'], 'Meeting');
    can(['create', 'update', 'delete'], ['AgendaItem', 'Decision', 'ActionItem']);
    can('updateStatus', 'ActionItem');
    can(['read', 'remind'], 'Attendance');
    can('read', 'Minutes');
    can(['create', 'update'], 'Minutes', { status: { $in: ['DRAFT', 'CIRCULATED'] } });
    can('circulate', 'Minutes', { status: 'DRAFT' });
    can('approve', 'Minutes', { status: 'CIRCULATED' });
  }

  if (actor.roles.includes('ADMIN')) {
    can(['create', 'update', 'changeStatus'], 'Delegation');
    can(['create', 'update'], 'Ministry');
    can(['read', 'create', 'resend', 'revoke'], 'Invitation');
    can(['readPrivate', 'update', 'changeRoles', 'deactivate', 'reactivate'], 'Member');
    // Nobody changes their own roles or locks themselves out.
    cannot(['changeRoles', 'deactivate'], 'Member', { id: actor.id });
    can(['read', 'export'], 'AuditEvent');
    can(['read', 'retry'], 'OutboxMessage');
  }
  return rules;
}

export function abilityFromRules(rules: PolicyRule[]): AppAbility {
  return createMongoAbility<AppAbility>(rules);
}

export function defineAbilityFor(actor: Actor): AppAbility {
  return abilityFromRules(rulesFor(actor));
}

/** Marks a record with its subject type, for checks that look at its fields. */
export const member = (record: MemberRecord) => tag('Member', { ...record });
export const session = (record: SessionRecord) => tag('Session', { ...record });
export const thread = (record: ThreadRecord) => tag('Thread', { ...record });
export const post = (record: PostRecord) => tag('Post', { ...record });
export const report = (record: ReportRecord) => tag('Report', { ...record });
export const attendance = (record: AttendanceRecord) => tag('Attendance', { ...record });
export const minutes = (record: MinutesRecord) => tag('Minutes', { ...record });
export const actionItem = (record: ActionItemRecord) => tag('ActionItem', { ...record });
