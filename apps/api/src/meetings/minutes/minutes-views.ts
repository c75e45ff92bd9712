import {
  MinutesSnapshot,
  type MeetingRef,
  type MinutesRevisionDetail,
  type MinutesRevisionSummary,
  type MinutesView,
} from '@egcc/contracts';
import { renderMarkdown } from '../../discussions/markdown';
import type { Prisma } from '../../generated/prisma/client';
import { personSelect, toPerson } from '../../reports/report-views';

const rendered = (markdown: string) => ({ markdown, html: renderMarkdown(markdown).html });

export const meetingRefSelect = { id: true, title: true, startsAt: true } satisfies Prisma.MeetingSelect;

export const toMeetingRef = (row: { id: string; title: string; startsAt: Date }): MeetingRef => ({
  id: row.id,
  title: row.title,
  startsAt: row.startsAt.toISOString(),
});

export const minutesSelect = {
  id: true,
  meetingId: true,
  status: true,
  version: true,
  circulatedAt: true,
  approvedAt: true,
  updatedAt: true,
  approvedBy: { select: personSelect },
  approvedAtMeeting: { select: meetingRefSelect },
  entries: {
    select: {
      agendaItemId: true,
      body: true,
      updatedAt: true,
      agendaItem: { select: { title: true, position: true } },
    },
  },
  comments: {
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      agendaItemId: true,
      body: true,
      version: true,
      createdAt: true,
      author: { select: personSelect },
    },
  },
} satisfies Prisma.MinutesSelect;

export type MinutesRow = Prisma.MinutesGetPayload<{ select: typeof minutesSelect }>;

/** The general part first, then the items in agenda order. */
const byPosition = (a: { position: number | null }, b: { position: number | null }) =>
  (a.position ?? 0) - (b.position ?? 0);

/**
 * One general part: an entry whose agenda item was removed from the agenda falls back to it
 * (the next save folds them together), so its text is shown there rather than lost.
 */
function foldGeneral<E extends { agendaItemId: string | null; body: string; updatedAt: Date }>(
  entries: E[],
): E[] {
  const general = entries.filter((entry) => entry.agendaItemId === null);
  const [first] = general;
  if (!first || general.length < 2) return entries;
  const merged: E = {
    ...first,
    body: general.map((entry) => entry.body).join('\n\n'),
    updatedAt: new Date(Math.max(...general.map((entry) => entry.updatedAt.getTime()))),
  };
  return [merged, ...entries.filter((entry) => entry.agendaItemId !== null)];
}

export function toMinutesView(
  row: MinutesRow,
  meetings: { next: MeetingRef | null; approval: MeetingRef[] },
): MinutesView {
  return {
    id: row.id,
    meetingId: row.meetingId,
    status: row.status,
    version: row.version,
    circulatedAt: row.circulatedAt?.toISOString() ?? null,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    approvedBy: toPerson(row.approvedBy),
    approvedAtMeeting: row.approvedAtMeeting ? toMeetingRef(row.approvedAtMeeting) : null,
    entries: foldGeneral(row.entries)
      .map((entry) => ({
        agendaItemId: entry.agendaItemId,
        agendaItemTitle: entry.agendaItem?.title ?? null,
        position: entry.agendaItem?.position ?? null,
        body: rendered(entry.body),
        updatedAt: entry.updatedAt.toISOString(),
      }))
      .sort(byPosition),
    comments: row.comments.map((comment) => ({
      id: comment.id,
      agendaItemId: comment.agendaItemId,
      author: toPerson(comment.author),
      body: rendered(comment.body),
      version: comment.version,
      createdAt: comment.createdAt.toISOString(),
    })),
    updatedAt: row.updatedAt.toISOString(),
    nextMeeting: meetings.next,
    approvalMeetings: meetings.approval,
  };
}

export const revisionSelect = {
  version: true,
  status: true,
  createdAt: true,
  createdBy: { select: personSelect },
} satisfies Prisma.MinutesRevisionSelect;

type RevisionRow = Prisma.MinutesRevisionGetPayload<{ select: typeof revisionSelect }>;

export const toRevisionSummary = (row: RevisionRow): MinutesRevisionSummary => ({
  version: row.version,
  status: row.status,
  createdBy: toPerson(row.createdBy),
  createdAt: row.createdAt.toISOString(),
});

export function toRevisionDetail(row: RevisionRow & { snapshot: unknown }): MinutesRevisionDetail {
  const snapshot = MinutesSnapshot.parse(row.snapshot);
  return {
    ...toRevisionSummary(row),
    snapshot,
    entries: snapshot.entries
      .map((entry) => ({
        agendaItemId: entry.agendaItemId,
        agendaItemTitle: entry.agendaItemTitle,
        position: entry.position,
        body: rendered(entry.body),
      }))
      .sort(byPosition),
  };
}
