import type { ActionItemSummary, AgendaItemKind, ReportDetail } from '@egcc/contracts';
import type { Block, ExportDocument } from '../../reports/export/blocks';
import { markdownToBlocks } from '../../reports/export/markdown-blocks';
import { type ExportNames, formatDate, reportDocument } from '../../reports/export/report-outline';

/**
 * The meeting pack as an export document: a cover, the contents, the agenda with its time
 * plan, then every published report and every discussion the agenda links to. Pure: the
 * service gathers only what the reader may see, and this lays it out.
 */

export interface PackMeeting {
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  place: string | null;
  onlineUrl: string | null;
  host: string | null;
  cancelledAt: Date | null;
  cancellationReason: string | null;
}

export interface PackAgendaItem {
  title: string;
  description: string;
  kind: AgendaItemKind;
  durationMinutes: number;
  presenter: string | null;
  reportIds: string[];
  threadIds: string[];
  /** The "follow-up of action items" item: the pack lists the items carried over under it. */
  isActionItemFollowUp: boolean;
}

/** Which agenda the pack prints: the latest published version, or the draft while there is none. */
export type PackAgendaSource = { kind: 'published'; version: number; publishedAt: Date } | { kind: 'draft' };

export interface PackPost {
  number: number;
  author: string;
  createdAt: Date;
  edited: boolean;
  markdown: string;
}

export interface PackThread {
  id: string;
  title: string;
  author: string;
  createdAt: Date;
  locked: boolean;
  focusAreas: string[];
  gapKinds: string[];
  delegations: string[];
  /** Posts members can read (neither removed nor hidden). */
  visiblePosts: number;
  firstPost: PackPost | null;
  /** The latest readable replies, oldest first. */
  latestPosts: PackPost[];
}

export interface PackInput {
  meeting: PackMeeting;
  agenda: PackAgendaSource;
  items: PackAgendaItem[];
  /** Published reports linked from the agenda, in the order the agenda first names them. */
  reports: ReportDetail[];
  threads: PackThread[];
  /** Action items carried over from earlier meetings (open, or closed since then). */
  actionItems: ActionItemSummary[];
  names: ExportNames;
  /** Delegation names by code, for the delegations a discussion concerns. */
  delegationNames: Map<string, string>;
  generatedAt: Date;
}

export const KIND_LABEL: Record<AgendaItemKind, string> = {
  INFORMATION: 'For information',
  DISCUSSION: 'For discussion',
  DECISION: 'For decision',
};

/** "Thursday, 27 March 2031" in the meeting's zone. */
function day(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(instant);
}

/** "10:00" in the meeting's zone. */
export function clock(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

/** "UTC+2" (or "UTC") at that instant in the zone: summer time included. */
function offset(instant: Date, timeZone: string): string {
  const name =
    new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'shortOffset' })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  return name.replace(/^GMT/, 'UTC');
}

/** "Thursday, 27 March 2031, 10:00–12:00 (Europe/Helsinki, UTC+2)", across days when it lasts longer. */
export function meetingWhen(meeting: Pick<PackMeeting, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  const { startsAt, endsAt, timeZone } = meeting;
  const startDay = day(startsAt, timeZone);
  const endDay = day(endsAt, timeZone);
  const zone = timeZone === 'UTC' ? 'UTC' : `${timeZone}, ${offset(startsAt, timeZone)}`;
  return startDay === endDay
    ? `${startDay}, ${clock(startsAt, timeZone)}–${clock(endsAt, timeZone)} (${zone})`
    : `${startDay}, ${clock(startsAt, timeZone)} to ${endDay}, ${clock(endsAt, timeZone)} (${zone})`;
}

const minutes = (total: number) => {
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
};

export function packDocument(input: PackInput): ExportDocument {
  const { meeting } = input;
  const zone = meeting.timeZone;
  const reportById = new Map(input.reports.map((report) => [report.id, report]));
  const threadById = new Map(input.threads.map((thread) => [thread.id, thread]));
  const reportAnchor = new Map(input.reports.map((report, index) => [report.id, `report_${index + 1}`]));
  const threadAnchor = new Map(input.threads.map((thread, index) => [thread.id, `thread_${index + 1}`]));

  // ── Cover ──
  const agendaLabel =
    input.agenda.kind === 'published'
      ? `Version ${input.agenda.version}, published ${formatDate(input.agenda.publishedAt)}`
      : 'Draft: not yet published, and may still change';
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: meeting.title },
    { type: 'paragraph', tone: 'lead', runs: [{ text: 'Meeting pack' }] },
    { type: 'paragraph', runs: [{ text: 'Expert Group for Cooperation on Children at Risk' }] },
  ];
  if (meeting.cancelledAt) {
    blocks.push({
      type: 'paragraph',
      runs: [
        { text: 'This meeting has been cancelled', bold: true },
        { text: meeting.cancellationReason ? `: ${meeting.cancellationReason}` : '.' },
      ],
    });
  }
  const particulars = [
    { label: 'When', value: meetingWhen(meeting) },
    ...(meeting.place ? [{ label: 'Place', value: meeting.place }] : []),
    ...(meeting.onlineUrl ? [{ label: 'Online', value: meeting.onlineUrl }] : []),
    ...(meeting.host ? [{ label: 'Host', value: meeting.host }] : []),
    { label: 'Agenda', value: agendaLabel },
    { label: 'Pack made', value: formatDate(input.generatedAt) },
  ];
  blocks.push({ type: 'fields', rows: particulars });
  blocks.push(...markdownToBlocks(meeting.description, { baseHeadingLevel: 3 }));
  const entries = [
    { text: 'Agenda', anchor: 'agenda' },
    ...input.reports.map((report) => ({
      text: `Report: ${report.title}`,
      anchor: reportAnchor.get(report.id) ?? '',
    })),
    ...input.threads.map((thread) => ({
      text: `Discussion: ${thread.title}`,
      anchor: threadAnchor.get(thread.id) ?? '',
    })),
  ];
  blocks.push({ type: 'toc', title: 'Contents', entries });

  // ── Agenda ──
  blocks.push({ type: 'heading', level: 1, text: 'Agenda', anchor: 'agenda', pageBreak: true });
  blocks.push({
    type: 'paragraph',
    tone: 'muted',
    runs: [
      {
        text:
          input.agenda.kind === 'published'
            ? `Agenda version ${input.agenda.version}, as published on ${formatDate(input.agenda.publishedAt)}. Times are ${zone} time.`
            : `Draft agenda: not yet published, and it may still change. Times are ${zone} time.`,
      },
    ],
  });
  if (input.items.length === 0) {
    blocks.push({ type: 'paragraph', tone: 'muted', runs: [{ text: 'The agenda has no items yet.' }] });
  } else {
    let elapsed = 0;
    const starts = input.items.map((item) => {
      const start = new Date(meeting.startsAt.getTime() + elapsed * 60_000);
      elapsed += item.durationMinutes;
      return start;
    });
    const meetingMinutes = Math.round((meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 60_000);
    blocks.push({
      type: 'table',
      header: [
        [{ text: 'No.' }],
        [{ text: 'Time' }],
        [{ text: 'Item' }],
        [{ text: 'Presenter' }],
        [{ text: 'Length' }],
      ],
      widths: [24, 36, '*', 120, 60],
      rows: input.items.map((item, index) => [
        [{ text: String(index + 1) }],
        [{ text: clock(starts[index] ?? meeting.startsAt, zone) }],
        [{ text: item.title, bold: true }, { text: `\n${KIND_LABEL[item.kind]}` }],
        [{ text: item.presenter ?? '' }],
        [{ text: minutes(item.durationMinutes) }],
      ]),
    });
    const overrun = elapsed - meetingMinutes;
    blocks.push({
      type: 'paragraph',
      runs: [
        { text: `Planned: ${minutes(elapsed)} of the meeting’s ${minutes(meetingMinutes)}.` },
        ...(overrun > 0
          ? [{ text: ` The agenda runs ${minutes(overrun)} over the meeting’s end.`, bold: true }]
          : []),
      ],
    });
    input.items.forEach((item, index) => {
      const start = starts[index] ?? meeting.startsAt;
      const end = new Date(start.getTime() + item.durationMinutes * 60_000);
      const reports = item.reportIds.flatMap((id) => {
        const report = reportById.get(id);
        return report ? [report.title] : [];
      });
      const threads = item.threadIds.flatMap((id) => {
        const thread = threadById.get(id);
        return thread ? [thread.title] : [];
      });
      blocks.push(
        { type: 'heading', level: 2, text: `${index + 1}. ${item.title}` },
        {
          type: 'fields',
          rows: [
            {
              label: 'Time',
              value: `${clock(start, zone)}–${clock(end, zone)} (${minutes(item.durationMinutes)})`,
            },
            { label: 'Kind', value: KIND_LABEL[item.kind] },
            ...(item.presenter ? [{ label: 'Presenter', value: item.presenter }] : []),
            ...(reports.length ? [{ label: 'Reports', value: reports.join('; ') }] : []),
            ...(threads.length ? [{ label: 'Discussions', value: threads.join('; ') }] : []),
          ],
        },
        ...markdownToBlocks(item.description, { baseHeadingLevel: 3 }),
      );
      if (item.isActionItemFollowUp) blocks.push(...actionItemBlocks(input.actionItems));
    });
  }

  // ── Linked reports, in full ──
  for (const report of input.reports) {
    const [, ...body] = reportDocument(report, input.names).blocks;
    blocks.push(
      {
        type: 'heading',
        level: 1,
        text: `Report: ${report.title}`,
        anchor: reportAnchor.get(report.id) ?? '',
        pageBreak: true,
      },
      ...body,
    );
  }

  // ── Linked discussions, summarised ──
  for (const thread of input.threads) {
    blocks.push(...threadBlocks(thread, threadAnchor.get(thread.id) ?? '', input));
  }

  return {
    title: `${meeting.title}: meeting pack`,
    footerLabel: `${meeting.title}, ${day(meeting.startsAt, zone)}`,
    blocks,
  };
}

const ACTION_STATUS: Record<ActionItemSummary['status'], string> = {
  OPEN: 'Open',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  DROPPED: 'Dropped',
};

function actionItemBlocks(items: ActionItemSummary[]): Block[] {
  if (items.length === 0) {
    return [{ type: 'paragraph', tone: 'muted', runs: [{ text: 'No action items to follow up.' }] }];
  }
  return [
    {
      type: 'table',
      header: [[{ text: 'Action item' }], [{ text: 'Owner' }], [{ text: 'Due' }], [{ text: 'Status' }]],
      widths: ['*', 100, 75, 80],
      rows: items.map((item) => [
        [{ text: item.title, bold: true }, { text: `\nFrom ${item.meeting.title}` }],
        [
          {
            text: item.owner
              ? item.owner.kind === 'MEMBER'
                ? item.owner.member.name
                : item.owner.delegation.name
              : '',
          },
        ],
        [{ text: item.dueOn ? formatDate(item.dueOn) : 'No date' }],
        [{ text: `${ACTION_STATUS[item.status]}${item.overdue ? ', overdue' : ''}` }],
      ]),
    },
  ];
}

const nameList = (codes: string[], names: Map<string, string>) =>
  codes.length ? codes.map((code) => names.get(code) ?? code).join('; ') : 'None given';

function threadBlocks(thread: PackThread, anchor: string, input: PackInput): Block[] {
  const replies = Math.max(0, thread.visiblePosts - (thread.firstPost ? 1 : 0));
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: `Discussion: ${thread.title}`, anchor, pageBreak: true },
    {
      type: 'fields',
      rows: [
        { label: 'Started by', value: `${thread.author}, ${formatDate(thread.createdAt)}` },
        { label: 'Replies', value: String(replies) },
        { label: 'Focus areas', value: nameList(thread.focusAreas, input.names.focusAreas) },
        { label: 'Gaps', value: nameList(thread.gapKinds, input.names.gapKinds) },
        { label: 'Delegations', value: nameList(thread.delegations, input.delegationNames) },
        ...(thread.locked ? [{ label: 'Status', value: 'Closed to new posts' }] : []),
      ],
    },
  ];
  if (thread.firstPost) {
    blocks.push({ type: 'heading', level: 2, text: 'Opening post' }, ...postBlocks(thread.firstPost));
  }
  if (thread.latestPosts.length) {
    const omitted = replies - thread.latestPosts.length;
    blocks.push({
      type: 'heading',
      level: 2,
      text: omitted > 0 ? `Latest ${thread.latestPosts.length} of ${replies} replies` : 'Replies',
    });
    if (omitted > 0) {
      blocks.push({
        type: 'paragraph',
        tone: 'muted',
        runs: [{ text: `${omitted} earlier ${omitted === 1 ? 'reply is' : 'replies are'} in the portal.` }],
      });
    }
    for (const post of thread.latestPosts) blocks.push(...postBlocks(post));
  } else if (thread.firstPost) {
    blocks.push({ type: 'paragraph', tone: 'muted', runs: [{ text: 'No replies yet.' }] });
  }
  return blocks;
}

function postBlocks(post: PackPost): Block[] {
  return [
    {
      type: 'heading',
      level: 3,
      text: `#${post.number} ${post.author}, ${formatDate(post.createdAt)}${post.edited ? ' (edited)' : ''}`,
    },
    ...markdownToBlocks(post.markdown, { baseHeadingLevel: 4 }),
  ];
}
