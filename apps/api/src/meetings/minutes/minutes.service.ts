import { Injectable } from '@nestjs/common';
import type {
  CreateMinutesCommentRequest,
  FieldError,
  MinutesRevisionDetail,
  MinutesRevisionSummary,
  MinutesView,
  SaveMinutesRequest,
} from '@egcc/contracts';
import { AuditService } from '../../audit/audit.service';
import type { AuthenticatedMember } from '../../auth/auth.types';
import { DomainException } from '../../common/domain.exception';
import { type Db, PrismaService } from '../../database/prisma.service';
import {
  LOCKED,
  assertMeetingHeld,
  loadMeeting,
  mayRead,
  meetingsAfter,
  recordRevision,
  visibleMinutes,
} from './minutes-access';
import {
  minutesSelect,
  revisionSelect,
  toMinutesView,
  toRevisionDetail,
  toRevisionSummary,
} from './minutes-views';

/**
 * Minutes of a meeting: the chair's draft per agenda item (and a general part), comments while
 * they are circulated, and every version kept. Circulating and approving are in MinutesWorkflowService.
 */
@Injectable()
export class MinutesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  async read(member: AuthenticatedMember, meetingId: string, db: Db = this.prisma): Promise<MinutesView> {
    const meeting = await loadMeeting(db, meetingId);
    visibleMinutes(member, meeting);
    const row = await db.minutes.findUniqueOrThrow({ where: { meetingId }, select: minutesSelect });
    return toMinutesView(row, await meetingsAfter(db, meeting, new Date()));
  }

  /**
   * Saves the whole draft, based on the version the editor loaded (the first save makes
   * version 1): when someone saved or moved the minutes in between, nothing is written and the
   * answer (409) names the current version. Every save is kept as a revision.
   */
  async save(
    member: AuthenticatedMember,
    meetingId: string,
    input: SaveMinutesRequest,
  ): Promise<MinutesView> {
    await this.prisma.$transaction(async (tx) => {
      const meeting = await loadMeeting(tx, meetingId);
      assertMeetingHeld(meeting, new Date());
      if (meeting.minutes?.status === 'APPROVED') throw DomainException.conflict(LOCKED);
      const entries = await checkEntries(tx, meetingId, input.entries);
      let minutesId: string;
      const status = meeting.minutes?.status ?? 'DRAFT';
      if (!meeting.minutes) {
        if (input.version !== 1) {
          throw DomainException.conflict(
            'These minutes have not been saved yet: the first save is version 1.',
          );
        }
        // A concurrent first save wins the unique meeting id; this one then reads as stale.
        const created = await tx.minutes.createManyAndReturn({
          data: [{ meetingId }],
          skipDuplicates: true,
          select: { id: true },
        });
        if (!created[0]) return refuseStale(tx, meetingId, input.version);
        minutesId = created[0].id;
      } else {
        minutesId = meeting.minutes.id;
        if (input.version !== meeting.minutes.version) await refuseStale(tx, meetingId, input.version);
        const updated = await tx.minutes.updateMany({
          where: { id: minutesId, status, version: input.version },
          data: { version: { increment: 1 } },
        });
        if (updated.count === 0) await refuseStale(tx, meetingId, input.version);
      }
      const version = meeting.minutes ? input.version + 1 : 1;
      await writeEntries(tx, minutesId, entries);
      await recordRevision(tx, { minutesId, version, status, actorId: member.id });
      await this.audit.record(tx, {
        actorId: member.id,
        action: meeting.minutes ? 'minutes.saved' : 'minutes.created',
        targetType: 'minutes',
        targetId: minutesId,
        details: { meetingId, version, status, entries: entries.length },
      });
    });
    return this.read(member, meetingId);
  }

  /** A member's comment on circulated minutes, kept with the version it was made on. */
  async comment(
    member: AuthenticatedMember,
    meetingId: string,
    input: CreateMinutesCommentRequest,
  ): Promise<MinutesView> {
    await this.prisma.$transaction(async (tx) => {
      const meeting = await loadMeeting(tx, meetingId);
      const minutes = visibleMinutes(member, meeting);
      if (meeting.cancelledAt)
        throw DomainException.conflict('This meeting was cancelled: it has no minutes.');
      // Read under a share lock: an approval waits for the comment, or the comment sees the approval.
      const [current] = await tx.$queryRaw<{ status: string; version: number }[]>`
        SELECT status::text AS status, version FROM minutes WHERE id = ${minutes.id}::uuid FOR SHARE`;
      if (!current || current.status === 'APPROVED') throw DomainException.conflict(LOCKED);
      if (current.status !== 'CIRCULATED') {
        throw DomainException.conflict(
          'These minutes are still a draft: comments open once they are circulated.',
        );
      }
      if (input.agendaItemId) await checkItems(tx, meetingId, [input.agendaItemId], () => '/agendaItemId');
      const comment = await tx.minutesComment.create({
        data: {
          minutesId: minutes.id,
          agendaItemId: input.agendaItemId,
          authorId: member.id,
          version: current.version,
          body: input.body,
        },
        select: { id: true },
      });
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'minutes.commented',
        targetType: 'minutes',
        targetId: minutes.id,
        details: {
          meetingId,
          commentId: comment.id,
          version: current.version,
          agendaItemId: input.agendaItemId,
        },
      });
    });
    return this.read(member, meetingId);
  }

  /** Every version, newest first; members see those since the minutes were circulated. */
  async revisions(member: AuthenticatedMember, meetingId: string): Promise<MinutesRevisionSummary[]> {
    const meeting = await loadMeeting(this.prisma, meetingId);
    const minutes = visibleMinutes(member, meeting);
    const rows = await this.prisma.minutesRevision.findMany({
      where: { minutesId: minutes.id },
      orderBy: { version: 'desc' },
      select: revisionSelect,
    });
    return rows.filter((row) => mayRead(member, row.status)).map(toRevisionSummary);
  }

  async revision(
    member: AuthenticatedMember,
    meetingId: string,
    version: number,
  ): Promise<MinutesRevisionDetail> {
    const meeting = await loadMeeting(this.prisma, meetingId);
    const minutes = visibleMinutes(member, meeting);
    const row = await this.prisma.minutesRevision.findUnique({
      where: { minutesId_version: { minutesId: minutes.id, version } },
      select: { ...revisionSelect, snapshot: true },
    });
    if (!row || !mayRead(member, row.status)) {
      throw DomainException.notFound(`These minutes have no version ${version}.`);
    }
    return toRevisionDetail(row);
  }
}

/** Why a conditional update found no row: the minutes were approved (locked), or someone saved first. */
export async function refuseStale(db: Db, meetingId: string, version: number): Promise<never> {
  const current = await db.minutes.findUniqueOrThrow({
    where: { meetingId },
    select: { version: true, status: true },
  });
  if (current.status === 'APPROVED') throw DomainException.conflict(LOCKED);
  throw DomainException.staleVersion(
    current.version,
    `Someone changed these minutes after you opened them (you had version ${version}, they are now at version ${current.version}). Reload them and apply your changes again.`,
  );
}

interface Entry {
  agendaItemId: string | null;
  body: string;
}

/** The entries that say something, each for an item of this meeting's agenda (or the general part). */
async function checkEntries(db: Db, meetingId: string, entries: readonly Entry[]): Promise<Entry[]> {
  const ids = entries.flatMap((entry) => (entry.agendaItemId ? [entry.agendaItemId] : []));
  await checkItems(db, meetingId, ids, (id) => {
    const index = entries.findIndex((entry) => entry.agendaItemId === id);
    return `/entries/${index}/agendaItemId`;
  });
  return entries.filter((entry) => entry.body.trim() !== '');
}

async function checkItems(
  db: Db,
  meetingId: string,
  ids: readonly string[],
  pointer: (id: string) => string,
): Promise<void> {
  if (ids.length === 0) return;
  const found = await db.agendaItem.findMany({
    where: { id: { in: [...ids] }, meetingId },
    select: { id: true },
  });
  const known = new Set(found.map((item) => item.id));
  const errors: FieldError[] = ids
    .filter((id) => !known.has(id))
    .map((id) => ({
      in: 'body',
      pointer: pointer(id),
      detail: 'is not an item of this meeting’s agenda',
      code: 'unknown_agenda_item',
    }));
  if (errors.length) throw DomainException.validation(errors);
}

/** Makes the stored entries what the save says, leaving those that did not change as they were. */
async function writeEntries(db: Db, minutesId: string, entries: readonly Entry[]): Promise<void> {
  const stored = await db.minutesEntry.findMany({
    where: { minutesId },
    orderBy: { updatedAt: 'desc' },
    select: { id: true, agendaItemId: true, body: true },
  });
  const byItem = new Map<string | null, { id: string; body: string }>();
  const extra: string[] = [];
  for (const entry of stored) {
    // A second general part (an entry whose agenda item was removed) is folded away.
    if (byItem.has(entry.agendaItemId)) extra.push(entry.id);
    else byItem.set(entry.agendaItemId, entry);
  }
  const wanted = new Set(entries.map((entry) => entry.agendaItemId));
  const removed = [
    ...extra,
    ...[...byItem].filter(([item]) => !wanted.has(item)).map(([, entry]) => entry.id),
  ];
  if (removed.length) await db.minutesEntry.deleteMany({ where: { id: { in: removed } } });
  for (const entry of entries) {
    const existing = byItem.get(entry.agendaItemId);
    if (!existing) {
      await db.minutesEntry.create({
        data: { minutesId, agendaItemId: entry.agendaItemId, body: entry.body },
      });
    } else if (existing.body !== entry.body) {
      await db.minutesEntry.update({ where: { id: existing.id }, data: { body: entry.body } });
    }
  }
}
