import { Injectable } from '@nestjs/common';
import type {
  ActionItemDetail,
  ActionItemListQuery,
  ActionItemOverview,
  ActionItemPage,
  ActionItemProgressRequest,
  ActionItemStatus,
  ActionItemSummary,
  Agenda,
  CreateActionItemRequest,
  FieldError,
  UpdateActionItemRequest,
} from '@egcc/contracts';
import { z } from 'zod';
import { AuditService } from '../../audit/audit.service';
import type { AuthenticatedMember } from '../../auth/auth.types';
import { decodeCursor, pageOf } from '../../common/cursor';
import { DomainException } from '../../common/domain.exception';
import { type Db, PrismaService } from '../../database/prisma.service';
import type { Prisma } from '../../generated/prisma/client';
import {
  actionItemDetailSelect,
  actionItemSummarySelect,
  byAgendaPosition,
  dayOf,
  dayValue,
  groupToday,
  mayReportProgress,
  OPEN_STATUSES,
  overdueWhere,
  toActionItemDetail,
  toActionItemSummary,
} from './action-item-views';
import { AgendaService } from '../agenda.service';
import { MeetingsService } from '../meetings.service';
import { addFollowUpItem, carryOverToLaterMeetings, FOLLOW_UP_ITEM } from './carry-over';
import { checkAgendaItem, checkDecision, checkOwner, recordingMeeting } from './record-checks';

const CLOSED_STATUSES = ['DONE', 'DROPPED'] as const;
const isOpen = (status: ActionItemStatus) => (OPEN_STATUSES as readonly string[]).includes(status);

/** The list runs by due date (items without one last), then by id. */
const ActionItemCursor = z.object({ due: z.iso.date().nullable(), id: z.uuid() });

const STATUS_WORDS: Record<ActionItemStatus, string> = {
  OPEN: 'open',
  IN_PROGRESS: 'in progress',
  DONE: 'done',
  DROPPED: 'dropped',
};

/**
 * Action items: recorded by the chair or the secretariat against a meeting, followed up by
 * their owners (a member, or the delegates of the owning delegation) until done or dropped.
 */
@Injectable()
export class ActionItemsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
    private readonly agenda: AgendaService,
  ) {}

  /** Opens the agenda with the follow-up item when the chair wants it and it is missing (409 if there). */
  async addFollowUpItem(member: AuthenticatedMember, meetingId: string): Promise<Agenda> {
    await this.prisma.$transaction(async (tx) => {
      await this.meetings.openMeeting(tx, meetingId);
      if (!(await addFollowUpItem(tx, meetingId))) {
        throw DomainException.conflict(
          'The agenda already starts with the follow-up of action items (or has no room for another item).',
        );
      }
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'agenda.item_added',
        targetType: 'meeting',
        targetId: meetingId,
        details: { title: FOLLOW_UP_ITEM.title, position: 1, followUp: true },
      });
    });
    return this.agenda.agenda(member, meetingId);
  }

  /** The meeting's action items in agenda order. */
  async forMeeting(member: AuthenticatedMember, meetingId: string): Promise<ActionItemSummary[]> {
    const meeting = await this.prisma.meeting.findUnique({ where: { id: meetingId }, select: { id: true } });
    if (!meeting) throw DomainException.notFound('There is no such meeting.');
    const rows = await this.prisma.actionItem.findMany({
      where: { meetingId },
      orderBy: byAgendaPosition,
      select: actionItemSummarySelect,
    });
    const today = groupToday();
    return rows.map((row) => toActionItemSummary(member, row, today));
  }

  async create(
    member: AuthenticatedMember,
    meetingId: string,
    input: CreateActionItemRequest,
  ): Promise<ActionItemDetail> {
    const id = await this.prisma.$transaction(async (tx) => {
      const meeting = await recordingMeeting(tx, meetingId);
      const errors: FieldError[] = [];
      await checkAgendaItem(tx, meetingId, input.agendaItemId, errors);
      const decision = await checkDecision(tx, meetingId, input.decisionId, errors);
      await checkOwner(tx, input, errors);
      if (errors.length) throw DomainException.validation(errors);
      const created = await tx.actionItem.create({
        data: {
          meetingId,
          // An item that follows from a decision belongs to the decision's agenda item.
          agendaItemId: input.agendaItemId ?? decision?.agendaItemId ?? null,
          decisionId: input.decisionId,
          title: input.title,
          description: input.description,
          ownerUserId: input.ownerUserId,
          ownerDelegationId: input.ownerDelegationId,
          dueOn: dayValue(input.dueOn),
          createdById: member.id,
        },
        select: { id: true },
      });
      const carriedTo = await carryOverToLaterMeetings(tx, meeting);
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'action_item.created',
        targetType: 'action_item',
        targetId: created.id,
        details: {
          meetingId,
          title: input.title,
          ownerUserId: input.ownerUserId,
          ownerDelegationId: input.ownerDelegationId,
          dueOn: input.dueOn,
          followUpAddedTo: carriedTo,
        },
      });
      return created.id;
    });
    return this.detail(member, id);
  }

  /** Every meeting's items, filtered; by due date, soonest first. */
  async list(member: AuthenticatedMember, query: ActionItemListQuery): Promise<ActionItemPage> {
    const today = groupToday();
    const where: Prisma.ActionItemWhereInput[] = [];
    if (query.status) where.push({ status: query.status });
    if (query.open !== undefined)
      where.push({ status: { in: query.open ? [...OPEN_STATUSES] : [...CLOSED_STATUSES] } });
    if (query.overdue === true) where.push(overdueWhere(today));
    if (query.overdue === false) {
      where.push({
        OR: [{ status: { in: [...CLOSED_STATUSES] } }, { dueOn: null }, { dueOn: { gte: dayValue(today) } }],
      });
    }
    if (query.delegation) {
      where.push({
        OR: [
          { ownerDelegation: { code: query.delegation } },
          { ownerUser: { delegation: { code: query.delegation } } },
        ],
      });
    }
    if (query.mine) {
      where.push({
        OR: [
          { ownerUserId: member.id },
          ...(member.delegationId ? [{ ownerDelegationId: member.delegationId }] : []),
        ],
      });
    }
    if (query.meetingId) where.push({ meetingId: query.meetingId });
    const cursor = decodeCursor(query.cursor, ActionItemCursor);
    if (cursor) {
      where.push(
        cursor.due === null
          ? { dueOn: null, id: { gt: cursor.id } }
          : {
              OR: [
                { dueOn: { gt: dayValue(cursor.due) } },
                { dueOn: dayValue(cursor.due), id: { gt: cursor.id } },
                { dueOn: null },
              ],
            },
      );
    }
    const rows = await this.prisma.actionItem.findMany({
      where: { AND: where },
      orderBy: [{ dueOn: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
      take: query.limit + 1,
      select: actionItemSummarySelect,
    });
    return pageOf(
      rows,
      query.limit,
      (row) => toActionItemSummary(member, row, today),
      (row) => ({ due: row.dueOn ? dayOf(row.dueOn) : null, id: row.id }) as Record<string, string>,
    );
  }

  /**
   * Open, in-progress and overdue items by owning delegation: a member's items count for their
   * delegation, those of members without one (the secretariat) in the row without a delegation.
   */
  async overview(): Promise<ActionItemOverview> {
    const today = groupToday();
    const counts = await this.prisma.$queryRaw<
      { delegation_id: string | null; open: number; in_progress: number; overdue: number }[]
    >`
      SELECT COALESCE(item.owner_delegation_id, owner.delegation_id) AS delegation_id,
             count(*) FILTER (WHERE item.status = 'OPEN')::int AS open,
             count(*) FILTER (WHERE item.status = 'IN_PROGRESS')::int AS in_progress,
             count(*) FILTER (WHERE item.due_on < ${today}::date)::int AS overdue
        FROM action_item item
        LEFT JOIN "user" owner ON owner.id = item.owner_user_id
       WHERE item.status IN ('OPEN', 'IN_PROGRESS')
       GROUP BY 1`;
    const ids = counts.map((row) => row.delegation_id).filter((id): id is string => id !== null);
    const delegations = await this.prisma.delegation.findMany({
      where: { id: { in: ids } },
      select: { id: true, code: true, name: true },
    });
    const byId = new Map(delegations.map((d) => [d.id, d]));
    const rows = counts
      .map((row) => ({
        delegation: row.delegation_id ? (byId.get(row.delegation_id) ?? null) : null,
        open: row.open,
        inProgress: row.in_progress,
        overdue: row.overdue,
      }))
      .sort((a, b) => {
        if (!a.delegation || !b.delegation) return a.delegation ? -1 : b.delegation ? 1 : 0;
        return a.delegation.name.localeCompare(b.delegation.name, 'en');
      });
    const totals = rows.reduce(
      (sum, row) => ({
        open: sum.open + row.open,
        inProgress: sum.inProgress + row.inProgress,
        overdue: sum.overdue + row.overdue,
      }),
      { open: 0, inProgress: 0, overdue: 0 },
    );
    return { rows, totals };
  }

  async detail(member: AuthenticatedMember, id: string, db: Db = this.prisma): Promise<ActionItemDetail> {
    const row = await db.actionItem.findUnique({ where: { id }, select: actionItemDetailSelect });
    if (!row) throw DomainException.notFound('There is no such action item.');
    return toActionItemDetail(member, row, groupToday());
  }

  /**
   * The particulars, by the chair or the secretariat. A new due date or owner re-arms the
   * reminder, so the new date (or owner) gets one.
   */
  async update(
    member: AuthenticatedMember,
    id: string,
    input: UpdateActionItemRequest,
  ): Promise<ActionItemDetail> {
    await this.prisma.$transaction(async (tx) => {
      const item = await this.item(tx, id);
      await recordingMeeting(tx, item.meetingId);
      const ownerNamed = input.ownerUserId !== undefined || input.ownerDelegationId !== undefined;
      // An owner named in the request replaces the other kind of owner.
      const owner = ownerNamed
        ? { ownerUserId: input.ownerUserId ?? null, ownerDelegationId: input.ownerDelegationId ?? null }
        : { ownerUserId: item.ownerUserId, ownerDelegationId: item.ownerDelegationId };
      const errors: FieldError[] = [];
      if (ownerNamed) await checkOwner(tx, owner, errors);
      if (errors.length) throw DomainException.validation(errors);
      const dueChanged =
        input.dueOn !== undefined && (item.dueOn === null || dayOf(item.dueOn) !== input.dueOn);
      const ownerChanged =
        owner.ownerUserId !== item.ownerUserId || owner.ownerDelegationId !== item.ownerDelegationId;
      await tx.actionItem.update({
        where: { id },
        data: {
          title: input.title,
          description: input.description,
          ...owner,
          ...(input.dueOn !== undefined ? { dueOn: dayValue(input.dueOn) } : {}),
          ...(dueChanged || ownerChanged ? { reminderSentAt: null } : {}),
        },
      });
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'action_item.updated',
        targetType: 'action_item',
        targetId: id,
        details: {
          fields: Object.keys(input),
          ...(dueChanged
            ? { dueOn: { before: item.dueOn ? dayOf(item.dueOn) : null, after: input.dueOn } }
            : {}),
          ...(ownerChanged ? { owner: { before: pick(item), after: owner } } : {}),
        },
      });
    });
    return this.detail(member, id);
  }

  /**
   * Progress from the owner or a chair: a new status, a note, or both, kept as the item's
   * history. Done and dropped close the item; reopening it clears the closing time.
   */
  async progress(
    member: AuthenticatedMember,
    id: string,
    input: ActionItemProgressRequest,
  ): Promise<ActionItemDetail> {
    await this.prisma.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM action_item WHERE id = ${id}::uuid FOR UPDATE`;
      if (locked.length === 0) throw DomainException.notFound('There is no such action item.');
      const item = await this.item(tx, id);
      if (!mayReportProgress(member, item)) {
        throw DomainException.forbidden(
          'Only the owner of the action item (or a delegate of the owning delegation) and the chair report progress on it.',
        );
      }
      const newStatus = input.status !== undefined && input.status !== item.status ? input.status : null;
      if (newStatus === null && input.note === '') {
        throw DomainException.validation([
          {
            in: 'body',
            pointer: '/status',
            detail: `is already ${STATUS_WORDS[item.status]}; give a new status or a note`,
            code: 'unchanged',
          },
        ]);
      }
      const now = new Date();
      const closedAt =
        newStatus === null
          ? item.closedAt
          : isOpen(newStatus)
            ? null
            : isOpen(item.status)
              ? now
              : (item.closedAt ?? now);
      await tx.actionItem.update({
        where: { id },
        data: { ...(newStatus ? { status: newStatus } : {}), closedAt, updatedAt: now },
      });
      await tx.actionItemUpdate.create({
        data: { actionItemId: id, authorId: member.id, status: newStatus, note: input.note, createdAt: now },
      });
      // Reopened: it carries over again, to later agendas still in draft too.
      if (newStatus !== null && isOpen(newStatus) && !isOpen(item.status)) {
        const meeting = await tx.meeting.findUniqueOrThrow({
          where: { id: item.meetingId },
          select: { startsAt: true },
        });
        await carryOverToLaterMeetings(tx, meeting);
      }
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'action_item.progress',
        targetType: 'action_item',
        targetId: id,
        details: { status: newStatus ? { before: item.status, after: newStatus } : null, note: input.note },
      });
    });
    return this.detail(member, id);
  }

  async remove(member: AuthenticatedMember, id: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const item = await this.item(tx, id);
      await recordingMeeting(tx, item.meetingId);
      await tx.actionItem.delete({ where: { id } });
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'action_item.deleted',
        targetType: 'action_item',
        targetId: id,
        details: { meetingId: item.meetingId, title: item.title, status: item.status, owner: pick(item) },
      });
    });
  }

  private async item(db: Db, id: string) {
    const item = await db.actionItem.findUnique({
      where: { id },
      select: {
        id: true,
        meetingId: true,
        title: true,
        status: true,
        closedAt: true,
        dueOn: true,
        ownerUserId: true,
        ownerDelegationId: true,
      },
    });
    if (!item) throw DomainException.notFound('There is no such action item.');
    return item;
  }
}

const pick = (item: { ownerUserId: string | null; ownerDelegationId: string | null }) => ({
  ownerUserId: item.ownerUserId,
  ownerDelegationId: item.ownerDelegationId,
});
