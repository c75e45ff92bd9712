import { Injectable } from '@nestjs/common';
import {
  AGENDA_MAX_ITEMS,
  AgendaSnapshot,
  type Agenda,
  type CreateAgendaItemRequest,
  type FieldError,
  type ReorderAgendaRequest,
  type UpdateAgendaItemRequest,
} from '@egcc/contracts';
import { report as reportSubject } from '@egcc/policy';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedMember } from '../auth/auth.types';
import { DomainException } from '../common/domain.exception';
import { type Db, PrismaService } from '../database/prisma.service';
import { followUpActionItems } from './actions/carry-over';
import { agendaItemSelect, toAgenda } from './meeting-views';
import { MeetingsService } from './meetings.service';

type AgendaItemRow = Awaited<ReturnType<typeof loadItems>>[number];

function loadItems(db: Db, meetingId: string) {
  return db.agendaItem.findMany({
    where: { meetingId },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: { ...agendaItemSelect, presenterUserId: true, presenterDelegationId: true },
  });
}

/** The agenda builder: items in order, their links, and the running time plan. */
@Injectable()
export class AgendaService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly meetings: MeetingsService,
    private readonly audit: AuditService,
  ) {}

  /** The agenda with each item's planned start and how far it overruns the meeting. */
  async agenda(member: AuthenticatedMember, meetingId: string, db: Db = this.prisma): Promise<Agenda> {
    const meeting = await db.meeting.findUnique({
      where: { id: meetingId },
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        agendaVersions: { orderBy: { number: 'desc' }, take: 1, select: { number: true, snapshot: true } },
      },
    });
    if (!meeting) throw DomainException.notFound();
    const latest = meeting.agendaVersions[0] ?? null;
    // Members read the agenda as published; the chair and the secretariat work on the draft.
    const editor = member.ability.can('update', 'AgendaItem');
    const items = editor
      ? await loadItems(db, meetingId)
      : latest
        ? await publishedItems(db, latest.snapshot)
        : [];
    const agenda = toAgenda(
      member,
      {
        id: meeting.id,
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
        publishedVersion: latest?.number ?? null,
        changedSincePublished: editor && latest ? differsFrom(latest.snapshot, items) : false,
      },
      items,
    );
    // The follow-up item lists the action items carried over from earlier meetings.
    if (!agenda.items.some((item) => item.isActionItemFollowUp)) return agenda;
    const carried = await followUpActionItems(db, member, meeting);
    return {
      ...agenda,
      items: agenda.items.map((item) =>
        item.isActionItemFollowUp ? { ...item, actionItems: carried } : item,
      ),
    };
  }

  async create(
    member: AuthenticatedMember,
    meetingId: string,
    input: CreateAgendaItemRequest,
  ): Promise<Agenda> {
    await this.prisma.$transaction(async (tx) => {
      await this.meetings.openMeeting(tx, meetingId);
      const items = await loadItems(tx, meetingId);
      if (items.length >= AGENDA_MAX_ITEMS) {
        throw DomainException.conflict(`An agenda has at most ${AGENDA_MAX_ITEMS} items.`);
      }
      await checkLinks(tx, member, input);
      const position = Math.min(input.position ?? items.length + 1, items.length + 1);
      const created = await tx.agendaItem.create({
        data: {
          meetingId,
          position,
          title: input.title,
          description: input.description,
          kind: input.kind,
          durationMinutes: input.durationMinutes,
          presenterUserId: input.presenterUserId,
          presenterDelegationId: input.presenterDelegationId,
          reportLinks: { create: input.reportIds.map((reportId) => ({ reportId })) },
          threadLinks: { create: input.threadIds.map((threadId) => ({ threadId })) },
        },
        select: { id: true },
      });
      const order = items.map((item) => item.id);
      order.splice(position - 1, 0, created.id);
      await writeOrder(tx, order);
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'agenda.item_added',
        targetType: 'meeting',
        targetId: meetingId,
        details: { itemId: created.id, title: input.title, position },
      });
    });
    return this.agenda(member, meetingId);
  }

  async update(
    member: AuthenticatedMember,
    meetingId: string,
    itemId: string,
    input: UpdateAgendaItemRequest,
  ): Promise<Agenda> {
    await this.prisma.$transaction(async (tx) => {
      await this.meetings.openMeeting(tx, meetingId);
      const item = await this.item(tx, meetingId, itemId);
      // A presenter named in the request replaces the other kind of presenter.
      const presenter =
        input.presenterUserId !== undefined || input.presenterDelegationId !== undefined
          ? {
              presenterUserId: input.presenterUserId ?? null,
              presenterDelegationId: input.presenterDelegationId ?? null,
            }
          : { presenterUserId: item.presenterUserId, presenterDelegationId: item.presenterDelegationId };
      await checkLinks(tx, member, {
        ...presenter,
        reportIds: input.reportIds ?? [],
        threadIds: input.threadIds ?? [],
      });
      await tx.agendaItem.update({
        where: { id: itemId },
        data: {
          title: input.title,
          description: input.description,
          kind: input.kind,
          durationMinutes: input.durationMinutes,
          ...presenter,
          ...(input.reportIds
            ? { reportLinks: { deleteMany: {}, create: input.reportIds.map((reportId) => ({ reportId })) } }
            : {}),
          ...(input.threadIds
            ? { threadLinks: { deleteMany: {}, create: input.threadIds.map((threadId) => ({ threadId })) } }
            : {}),
        },
      });
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'agenda.item_updated',
        targetType: 'meeting',
        targetId: meetingId,
        details: { itemId, fields: Object.keys(input) },
      });
    });
    return this.agenda(member, meetingId);
  }

  async remove(member: AuthenticatedMember, meetingId: string, itemId: string): Promise<Agenda> {
    await this.prisma.$transaction(async (tx) => {
      await this.meetings.openMeeting(tx, meetingId);
      const item = await this.item(tx, meetingId, itemId);
      await tx.agendaItem.delete({ where: { id: itemId } });
      const rest = await loadItems(tx, meetingId);
      await writeOrder(
        tx,
        rest.map((row) => row.id),
      );
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'agenda.item_removed',
        targetType: 'meeting',
        targetId: meetingId,
        details: { itemId, title: item.title },
      });
    });
    return this.agenda(member, meetingId);
  }

  /** The new order must list every item of the agenda once; anything else is a 400 saying what is wrong. */
  async reorder(
    member: AuthenticatedMember,
    meetingId: string,
    input: ReorderAgendaRequest,
  ): Promise<Agenda> {
    await this.prisma.$transaction(async (tx) => {
      await this.meetings.openMeeting(tx, meetingId);
      const items = await loadItems(tx, meetingId);
      const known = new Set(items.map((item) => item.id));
      const listed = new Set<string>();
      const errors: FieldError[] = [];
      input.itemIds.forEach((id, index) => {
        if (!known.has(id)) {
          errors.push({
            in: 'body',
            pointer: `/itemIds/${index}`,
            detail: 'is not an item of this agenda',
            code: 'unknown_item',
          });
        } else if (listed.has(id)) {
          errors.push({
            in: 'body',
            pointer: `/itemIds/${index}`,
            detail: 'lists an item twice',
            code: 'duplicate_item',
          });
        }
        listed.add(id);
      });
      const missing = items.filter((item) => !listed.has(item.id));
      if (missing.length) {
        errors.push({
          in: 'body',
          pointer: '/itemIds',
          detail: `must list every item once; missing: ${missing.map((item) => `“${item.title}”`).join(', ')}`,
          code: 'missing_items',
        });
      }
      if (errors.length) throw DomainException.validation(errors);
      await writeOrder(tx, input.itemIds);
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'agenda.reordered',
        targetType: 'meeting',
        targetId: meetingId,
        details: { itemIds: input.itemIds },
      });
    });
    return this.agenda(member, meetingId);
  }

  private async item(db: Db, meetingId: string, itemId: string) {
    const item = await db.agendaItem.findFirst({
      where: { id: itemId, meetingId },
      select: { id: true, title: true, presenterUserId: true, presenterDelegationId: true },
    });
    if (!item) throw DomainException.notFound('There is no such item on this agenda.');
    return item;
  }
}

/** Numbers the items 1, 2, 3… in the order given, in one statement. */
async function writeOrder(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.$executeRaw`
    UPDATE agenda_item SET position = ordered.position::int, updated_at = now()
      FROM unnest(${[...ids]}::uuid[]) WITH ORDINALITY AS ordered(id, position)
     WHERE agenda_item.id = ordered.id`;
}

/**
 * Presenters must exist; reports must be published ones the member may read (another
 * delegation's draft is "no such report"); threads must exist.
 */
async function checkLinks(
  db: Db,
  member: AuthenticatedMember,
  input: {
    presenterUserId: string | null;
    presenterDelegationId: string | null;
    reportIds: readonly string[];
    threadIds: readonly string[];
  },
): Promise<void> {
  const errors: FieldError[] = [];
  if (input.presenterUserId) {
    const user = await db.user.findUnique({ where: { id: input.presenterUserId }, select: { id: true } });
    if (!user) {
      errors.push({
        in: 'body',
        pointer: '/presenterUserId',
        detail: 'no such member',
        code: 'unknown_member',
      });
    }
  }
  if (input.presenterDelegationId) {
    const delegation = await db.delegation.findUnique({
      where: { id: input.presenterDelegationId },
      select: { id: true },
    });
    if (!delegation) {
      errors.push({
        in: 'body',
        pointer: '/presenterDelegationId',
        detail: 'no such delegation',
        code: 'unknown_delegation',
      });
    }
  }
  if (input.reportIds.length) {
    const reports = await db.nationalReport.findMany({
      where: { id: { in: [...input.reportIds] } },
      select: { id: true, status: true, delegationId: true },
    });
    const byId = new Map(reports.map((r) => [r.id, r]));
    input.reportIds.forEach((id, index) => {
      const found = byId.get(id);
      const pointer = `/reportIds/${index}`;
      if (
        !found ||
        !member.ability.can('read', reportSubject({ delegationId: found.delegationId, status: found.status }))
      ) {
        errors.push({ in: 'body', pointer, detail: 'no such report', code: 'unknown_report' });
      } else if (found.status !== 'PUBLISHED') {
        errors.push({
          in: 'body',
          pointer,
          detail: 'only published reports go on an agenda',
          code: 'report_not_published',
        });
      }
    });
  }
  if (input.threadIds.length) {
    const threads = await db.thread.findMany({
      where: { id: { in: [...input.threadIds] } },
      select: { id: true },
    });
    const known = new Set(threads.map((t) => t.id));
    input.threadIds.forEach((id, index) => {
      if (!known.has(id)) {
        errors.push({
          in: 'body',
          pointer: `/threadIds/${index}`,
          detail: 'no such thread',
          code: 'unknown_thread',
        });
      }
    });
  }
  if (errors.length) throw DomainException.validation(errors);
}

/**
 * The items of a published version, shaped as the stored items are read, with presenters and
 * reports as they are now (a report's delegation, a member's name); items are in the
 * published order, with the published titles, texts, durations and links.
 */
async function publishedItems(db: Db, stored: unknown): Promise<AgendaItemRow[]> {
  const parsed = AgendaSnapshot.safeParse(stored);
  if (!parsed.success) return [];
  const items = parsed.data.items;
  const ids = (kind: 'MEMBER' | 'DELEGATION') =>
    items.flatMap((item) => (item.presenter?.kind === kind ? [item.presenter.id] : []));
  const [people, delegations, reports] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids('MEMBER') } }, select: agendaItemSelect.presenterUser.select }),
    db.delegation.findMany({
      where: { id: { in: ids('DELEGATION') } },
      select: agendaItemSelect.presenterDelegation.select,
    }),
    db.nationalReport.findMany({
      where: { id: { in: items.flatMap((item) => item.reports.map((r) => r.id)) } },
      select: agendaItemSelect.reportLinks.select.report.select,
    }),
  ]);
  const person = new Map(people.map((p) => [p.id, p]));
  const delegation = new Map(delegations.map((d) => [d.id, d]));
  const report = new Map(reports.map((r) => [r.id, r]));
  return items.map((item, index) => ({
    id: item.id,
    position: index + 1,
    title: item.title,
    description: item.description,
    kind: item.kind,
    durationMinutes: item.durationMinutes,
    isActionItemFollowUp: item.isActionItemFollowUp,
    presenterUserId: item.presenter?.kind === 'MEMBER' ? item.presenter.id : null,
    presenterDelegationId: item.presenter?.kind === 'DELEGATION' ? item.presenter.id : null,
    presenterUser: item.presenter?.kind === 'MEMBER' ? (person.get(item.presenter.id) ?? null) : null,
    presenterDelegation:
      item.presenter?.kind === 'DELEGATION' ? (delegation.get(item.presenter.id) ?? null) : null,
    // A report deleted since publication drops out; a thread keeps its published title.
    reportLinks: item.reports.flatMap((r) => {
      const found = report.get(r.id);
      return found ? [{ report: found }] : [];
    }),
    threadLinks: item.threads.map((thread) => ({ thread })),
  }));
}

/** Whether the items now differ from the published snapshot (publishing would make a new version). */
function differsFrom(snapshot: unknown, items: readonly AgendaItemRow[]): boolean {
  const parsed = AgendaSnapshot.safeParse(snapshot);
  if (!parsed.success) return true;
  const published = parsed.data.items;
  if (published.length !== items.length) return true;
  return items.some((item, index) => {
    const then = published[index];
    if (!then) return true;
    const presenterId = item.presenterUserId ?? item.presenterDelegationId ?? null;
    const ids = (list: readonly { id: string }[]) =>
      list
        .map((x) => x.id)
        .sort()
        .join(',');
    return (
      then.id !== item.id ||
      then.title !== item.title ||
      then.description !== item.description ||
      then.kind !== item.kind ||
      then.durationMinutes !== item.durationMinutes ||
      (then.presenter?.id ?? null) !== presenterId ||
      ids(then.reports) !== ids(item.reportLinks.map((l) => l.report)) ||
      ids(then.threads) !== ids(item.threadLinks.map((l) => l.thread))
    );
  });
}
