import { TZDate } from '@date-fns/tz';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import type {
  ActionItemStatus,
  AgendaItemKind,
  AttendanceResponse,
  MeetingStatus,
  MinutesStatus,
} from '../../generated/prisma/enums';
import { agendaSnapshot, snapshotItemSelect } from '../../meetings/agenda-versions';

const DAY = 24 * 3_600_000;

type Db = Prisma.TransactionClient;

interface DemoItem {
  title: string;
  kind: AgendaItemKind;
  minutes: number;
  description?: string;
  presenter?: { member: string } | { delegation: string };
  followUp?: boolean;
  /** Link the published demo reports of the half-year before the meeting. */
  reports?: boolean;
  /** Titles of demo threads to link. */
  threads?: string[];
  /** The minutes of the item, when the meeting has them. */
  minutesText?: string;
}

interface DemoAction {
  title: string;
  item: number;
  owner: { member: string } | { delegation: string };
  /** Days from today. */
  due: number;
  status: ActionItemStatus;
  note?: string;
}

interface DemoMeeting {
  title: string;
  /** Days from today; the meeting runs from `from` to `to` local time in `zone`. */
  day: number;
  from: [number, number];
  to: [number, number];
  zone: string;
  place: string | null;
  onlineUrl: string | null;
  host: string | null;
  description: string;
  items: DemoItem[];
  attendance: Record<string, AttendanceResponse>;
  decisions?: { item: number; text: string }[];
  actions?: DemoAction[];
  minutes?: {
    status: MinutesStatus;
    general: string;
    comments?: { by: string; item: number | null; body: string }[];
  };
}

const FOSTER_THREAD = 'Too few foster families: moving children out of institutions';
const GUARDIANS_THREAD = 'Guardians for unaccompanied migrant children: how fast are they appointed?';
const TRAFFICKING_THREAD = 'Identifying child victims of trafficking: training for frontline staff';

/**
 * Three meetings around today: one held months ago whose minutes were approved at the next,
 * one held weeks ago whose minutes are out for comments, and one to come with its agenda
 * published, starting with the follow-up of the action items still open.
 */
const DEMO_MEETINGS: DemoMeeting[] = [
  {
    title: '50th meeting of the Expert Group for Cooperation on Children at Risk',
    day: -118,
    from: [9, 30],
    to: [16, 30],
    zone: 'Europe/Tallinn',
    place: 'Tallinn, Ministry of Social Affairs, Suur-Ameerika 1',
    onlineUrl: null,
    host: 'ee',
    description: 'Hosted by **Estonia**. Lunch is offered by the host from 12:30 to 13:30.',
    items: [
      {
        title: 'Opening and adoption of the agenda',
        kind: 'INFORMATION',
        minutes: 15,
        presenter: { member: 'chair@egcc.example' },
        minutesText:
          'The Chair opened the meeting and thanked Estonia for hosting it. The agenda was adopted without changes.',
      },
      {
        title: 'Work plan of the Expert Group for 2026–2027',
        kind: 'DECISION',
        minutes: 60,
        presenter: { member: 'admin@egcc.example' },
        description: 'The secretariat presents the draft work plan circulated in advance.',
        minutesText:
          'The secretariat presented the draft work plan. Delegations welcomed the focus on **alternative care** and on **children on the move**. Norway asked for a stronger link to the Barnahus network; the secretariat will add it.',
      },
      {
        title: 'Hearing children in national reporting',
        kind: 'DISCUSSION',
        minutes: 75,
        presenter: { delegation: 'dk' },
        threads: ['How do you hear children when preparing national reports?'],
        minutesText:
          'Denmark presented its child panel. Several delegations described consultations through schools and NGOs. The Group agreed that guidance should be shared among members.',
      },
      {
        title: 'Barnahus coverage in the region',
        kind: 'DISCUSSION',
        minutes: 60,
        presenter: { delegation: 'is' },
        minutesText:
          'Iceland presented travel times for child victims outside the capital area. The secretariat will compile an overview of Barnahus coverage from the national reports.',
      },
      {
        title: 'Any other business',
        kind: 'INFORMATION',
        minutes: 15,
        minutesText: 'The next meeting will be held online in the autumn.',
      },
    ],
    attendance: {
      'chair@egcc.example': 'IN_PERSON',
      'admin@egcc.example': 'IN_PERSON',
      'delegate.dk@egcc.example': 'IN_PERSON',
      'delegate.ee@egcc.example': 'IN_PERSON',
      'delegate.is@egcc.example': 'ONLINE',
      'delegate.no@egcc.example': 'IN_PERSON',
      'delegate.pl@egcc.example': 'NOT_ATTENDING',
      'observer@egcc.example': 'ONLINE',
    },
    decisions: [
      {
        item: 2,
        text: 'The Group adopted its work plan for 2026–2027, with the link to the Barnahus network added.',
      },
    ],
    actions: [
      {
        title: 'Share the national guidance on hearing children in reporting',
        item: 3,
        owner: { delegation: 'dk' },
        due: -80,
        status: 'DONE',
        note: 'Shared in the discussion on hearing children.',
      },
      {
        title: 'Compile an overview of Barnahus coverage from the national reports',
        item: 4,
        owner: { member: 'admin@egcc.example' },
        due: -60,
        status: 'DONE',
        note: 'Circulated with the invitation to the 51st meeting.',
      },
      {
        title: 'Propose indicators for the quality of alternative care',
        item: 2,
        owner: { delegation: 'fi' },
        due: 12,
        status: 'IN_PROGRESS',
        note: 'A first draft is with the Finnish institute for health and welfare.',
      },
    ],
    minutes: {
      status: 'APPROVED',
      general: 'Present: 8 delegations in person or online, and the European Commission. Apologies: Poland.',
      comments: [
        {
          by: 'delegate.no@egcc.example',
          item: 2,
          body: 'Please record that Norway offered to host the Barnahus network meeting in 2027.',
        },
      ],
    },
  },
  {
    title: '51st meeting of the Expert Group (online)',
    day: -24,
    from: [10, 0],
    to: [13, 0],
    zone: 'Europe/Helsinki',
    place: null,
    onlineUrl: 'https://meet.egcc.example/egcc-51',
    host: 'fi',
    description: 'An online meeting chaired from Helsinki.',
    items: [
      {
        title: 'Follow-up of action items',
        kind: 'DISCUSSION',
        minutes: 15,
        followUp: true,
        description:
          'Action items of earlier meetings that are still open: their owners say where each one stands.',
        minutesText: 'Owners reported on the action items of the 50th meeting; two are done.',
      },
      {
        title: 'Approval of the minutes of the 50th meeting',
        kind: 'DECISION',
        minutes: 10,
        minutesText: 'The minutes of the 50th meeting were approved with Norway’s addition.',
      },
      {
        title: 'Guardians for unaccompanied migrant children',
        kind: 'DISCUSSION',
        minutes: 70,
        presenter: { delegation: 'se' },
        threads: [GUARDIANS_THREAD],
        minutesText:
          'Sweden presented waiting times for the appointment of guardians. The Group asked the secretariat to draft terms of reference for a short comparative study.',
      },
      {
        title: 'Identifying child victims of trafficking',
        kind: 'DECISION',
        minutes: 60,
        presenter: { delegation: 'ee' },
        threads: [TRAFFICKING_THREAD],
        minutesText:
          'Estonia proposed a regional workshop for frontline staff. The Group agreed to hold it in the spring; delegations will nominate experts.',
      },
      {
        title: 'Any other business',
        kind: 'INFORMATION',
        minutes: 10,
        minutesText: 'Latvia offered to host the 52nd meeting in Riga.',
      },
    ],
    attendance: {
      'chair@egcc.example': 'ONLINE',
      'admin@egcc.example': 'ONLINE',
      'delegate.dk@egcc.example': 'ONLINE',
      'delegate.ee@egcc.example': 'ONLINE',
      'delegate.fi@egcc.example': 'ONLINE',
      'delegate.lv@egcc.example': 'ONLINE',
      'delegate.se@egcc.example': 'ONLINE',
      'delegate.de@egcc.example': 'NOT_ATTENDING',
      'observer@egcc.example': 'TENTATIVE',
    },
    decisions: [
      {
        item: 4,
        text: 'The Group will hold a regional workshop on identifying child victims of trafficking in the spring.',
      },
    ],
    actions: [
      {
        title: 'Draft terms of reference for a comparative study on guardianship',
        item: 3,
        owner: { member: 'admin@egcc.example' },
        due: 5,
        status: 'OPEN',
      },
      {
        title: 'Nominate experts for the trafficking workshop',
        item: 4,
        owner: { delegation: 'ee' },
        due: -10,
        status: 'OPEN',
      },
      {
        title: 'Translate the child-friendly summary of the work plan',
        item: 5,
        owner: { delegation: 'lt' },
        due: -5,
        status: 'DROPPED',
        note: 'Not needed: the Commission’s translation service covers it.',
      },
    ],
    minutes: {
      status: 'CIRCULATED',
      general: 'Present online: 7 delegations and the secretariat. Apologies: Germany.',
      comments: [
        {
          by: 'delegate.se@egcc.example',
          item: 3,
          body: 'Could the minutes mention that the study should cover age assessment as well?',
        },
      ],
    },
  },
  {
    title: '52nd meeting of the Expert Group for Cooperation on Children at Risk',
    day: 21,
    from: [9, 0],
    to: [16, 0],
    zone: 'Europe/Riga',
    place: 'Riga, Ministry of Welfare, Skolas iela 28',
    onlineUrl: 'https://meet.egcc.example/egcc-52',
    host: 'lv',
    description: 'Hosted by **Latvia**. Delegates who cannot travel may join online.',
    items: [
      {
        title: 'Follow-up of action items',
        kind: 'DISCUSSION',
        minutes: 15,
        followUp: true,
        description:
          'Action items of earlier meetings that are still open: their owners say where each one stands.',
      },
      {
        title: 'Approval of the minutes of the 51st meeting',
        kind: 'DECISION',
        minutes: 10,
        presenter: { member: 'chair@egcc.example' },
      },
      {
        title: 'National reports for the first half of the year',
        kind: 'DISCUSSION',
        minutes: 120,
        description: 'Delegations present **one measure and one gap** each; the reports are linked below.',
        reports: true,
      },
      {
        title: 'Moving children out of institutions: foster care',
        kind: 'DISCUSSION',
        minutes: 90,
        presenter: { delegation: 'lt' },
        threads: [FOSTER_THREAD],
      },
      {
        title: 'Terms of reference for the comparative study on guardianship',
        kind: 'DECISION',
        minutes: 45,
        presenter: { member: 'admin@egcc.example' },
        threads: [GUARDIANS_THREAD],
      },
      { title: 'Any other business and next meeting', kind: 'INFORMATION', minutes: 15 },
    ],
    attendance: {
      'chair@egcc.example': 'IN_PERSON',
      'admin@egcc.example': 'IN_PERSON',
      'delegate.lv@egcc.example': 'IN_PERSON',
      'delegate.ee@egcc.example': 'ONLINE',
      'delegate.de@egcc.example': 'TENTATIVE',
      'observer@egcc.example': 'ONLINE',
    },
  },
];

/** The instant of a local wall-clock time, `days` from today in `zone`. */
function localTime(now: Date, days: number, [hours, minutes]: [number, number], zone: string): Date {
  const day = new TZDate(now.getTime() + days * DAY, zone);
  return new Date(
    new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes, zone).getTime(),
  );
}

/** A date-only value (due dates): the calendar day `days` from today. */
function dayFromToday(now: Date, days: number): Date {
  const day = new TZDate(now.getTime() + days * DAY, 'Europe/Brussels');
  return new Date(Date.UTC(day.getFullYear(), day.getMonth(), day.getDate()));
}

/**
 * The demo meetings, written as the API would have left them: agendas with their published
 * version, attendance, decisions and action items with their history, minutes with every
 * version. A meeting whose title exists already is left alone: seeding twice adds nothing.
 */
export async function seedDemoMeetings(prisma: PrismaClient, now = new Date()): Promise<void> {
  const members = new Map(
    (
      await prisma.user.findMany({
        where: { email: { endsWith: '@egcc.example' } },
        select: { id: true, email: true },
      })
    ).map((m) => [m.email, m.id]),
  );
  const delegations = new Map(
    (await prisma.delegation.findMany({ select: { id: true, code: true } })).map((d) => [d.code, d.id]),
  );
  const memberId = (email: string) => {
    const id = members.get(email);
    if (!id) throw new Error(`Demo meetings: no member ${email}`);
    return id;
  };
  const delegationId = (code: string) => {
    const id = delegations.get(code);
    if (!id) throw new Error(`Demo meetings: no delegation ${code}`);
    return id;
  };
  const threads = new Map(
    (await prisma.thread.findMany({ select: { id: true, title: true } })).map((t) => [t.title, t.id]),
  );
  const chair = memberId('chair@egcc.example');
  const secretariat = memberId('admin@egcc.example');
  const seeded: { id: string; seed: DemoMeeting; startsAt: Date }[] = [];

  for (const seed of DEMO_MEETINGS) {
    if (await prisma.meeting.findFirst({ where: { title: seed.title }, select: { id: true } })) continue;
    const startsAt = localTime(now, seed.day, seed.from, seed.zone);
    const endsAt = localTime(now, seed.day, seed.to, seed.zone);
    const held = endsAt.getTime() < now.getTime();
    // Reports published by then, of the half-year before the meeting.
    const reports = await prisma.nationalReport.findMany({
      where: { status: 'PUBLISHED', publishedAt: { lt: startsAt } },
      orderBy: [{ publishedAt: 'desc' }],
      take: 4,
      select: { id: true },
    });
    const id = await prisma.$transaction(
      async (tx: Db) => {
        const status: MeetingStatus = !held
          ? 'AGENDA_PUBLISHED'
          : seed.minutes?.status === 'APPROVED'
            ? 'MINUTES_APPROVED'
            : 'HELD';
        const meeting = await tx.meeting.create({
          data: {
            title: seed.title,
            description: seed.description,
            startsAt,
            endsAt,
            timeZone: seed.zone,
            place: seed.place,
            onlineUrl: seed.onlineUrl,
            hostDelegationId: seed.host ? delegationId(seed.host) : null,
            status,
            createdById: chair,
            createdAt: new Date(startsAt.getTime() - 60 * DAY),
          },
          select: { id: true },
        });
        const itemIds: string[] = [];
        for (const [index, item] of seed.items.entries()) {
          const linkedThreads = (item.threads ?? []).flatMap((title) => {
            const threadId = threads.get(title);
            return threadId ? [threadId] : [];
          });
          const created = await tx.agendaItem.create({
            data: {
              meetingId: meeting.id,
              position: index + 1,
              title: item.title,
              description: item.description ?? '',
              kind: item.kind,
              durationMinutes: item.minutes,
              isActionItemFollowUp: item.followUp ?? false,
              presenterUserId:
                item.presenter && 'member' in item.presenter ? memberId(item.presenter.member) : null,
              presenterDelegationId:
                item.presenter && 'delegation' in item.presenter
                  ? delegationId(item.presenter.delegation)
                  : null,
              reportLinks: item.reports ? { create: reports.map((r) => ({ reportId: r.id })) } : undefined,
              threadLinks: { create: linkedThreads.map((threadId) => ({ threadId })) },
            },
            select: { id: true },
          });
          itemIds.push(created.id);
        }
        await publishVersion(tx, meeting.id, secretariat, new Date(startsAt.getTime() - 21 * DAY));
        await tx.attendance.createMany({
          data: Object.entries(seed.attendance).map(([email, response]) => ({
            meetingId: meeting.id,
            userId: memberId(email),
            response,
            respondedAt: new Date(startsAt.getTime() - 10 * DAY),
          })),
        });
        const itemId = (position: number) => {
          const found = itemIds[position - 1];
          if (!found) throw new Error(`Demo meeting ${seed.title}: no item ${position}`);
          return found;
        };
        for (const decision of seed.decisions ?? []) {
          await tx.decision.create({
            data: {
              meetingId: meeting.id,
              agendaItemId: itemId(decision.item),
              text: decision.text,
              recordedById: chair,
              createdAt: endsAt,
            },
          });
        }
        for (const action of seed.actions ?? []) {
          const closed = action.status === 'DONE' || action.status === 'DROPPED';
          const dueOn = dayFromToday(now, action.due);
          const owner = action.owner;
          const ownerUserId = 'member' in owner ? memberId(owner.member) : null;
          await tx.actionItem.create({
            data: {
              meetingId: meeting.id,
              agendaItemId: itemId(action.item),
              title: action.title,
              ownerUserId,
              ownerDelegationId: 'delegation' in owner ? delegationId(owner.delegation) : null,
              dueOn,
              status: action.status,
              closedAt: closed ? new Date(Math.min(now.getTime() - DAY, dueOn.getTime())) : null,
              // Reminders of dates already near or past went out long ago.
              reminderSentAt: action.due <= 7 ? new Date(dueOn.getTime() - 7 * DAY) : null,
              createdById: chair,
              createdAt: endsAt,
              updates: action.note
                ? {
                    create: {
                      authorId: ownerUserId ?? chair,
                      status: action.status === 'OPEN' ? null : action.status,
                      note: action.note,
                      createdAt: new Date(Math.min(now.getTime() - DAY, dueOn.getTime())),
                    },
                  }
                : undefined,
            },
          });
        }
        return meeting.id;
      },
      { maxWait: 30_000, timeout: 60_000 },
    );
    seeded.push({ id, seed, startsAt });
  }

  // Minutes last: approving one meeting's minutes names the meeting after it.
  for (const [index, { id, seed }] of seeded.entries()) {
    if (!seed.minutes) continue;
    const next = seeded[index + 1];
    await prisma.$transaction(async (tx: Db) => {
      await writeMinutes(tx, id, seed, chair, next?.id ?? null, next?.startsAt ?? now);
    });
  }
}

/** Version 1 of the agenda, as publishing it froze it. */
async function publishVersion(tx: Db, meetingId: string, publisher: string, at: Date): Promise<void> {
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: { title: true, startsAt: true, endsAt: true, timeZone: true, place: true, onlineUrl: true },
  });
  const items = await tx.agendaItem.findMany({
    where: { meetingId },
    orderBy: { position: 'asc' },
    select: snapshotItemSelect,
  });
  await tx.agendaVersion.create({
    data: {
      meetingId,
      number: 1,
      snapshot: agendaSnapshot({ meeting, items }),
      publishedById: publisher,
      publishedAt: at,
    },
  });
}

/** Minutes drafted, circulated and (for the older meeting) approved, with every version kept. */
async function writeMinutes(
  tx: Db,
  meetingId: string,
  seed: DemoMeeting,
  chair: string,
  nextMeetingId: string | null,
  nextStartsAt: Date,
): Promise<void> {
  const spec = seed.minutes;
  if (!spec) return;
  const items = await tx.agendaItem.findMany({
    where: { meetingId },
    orderBy: { position: 'asc' },
    select: { id: true, title: true, position: true },
  });
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { endsAt: true } });
  const drafted = new Date(meeting.endsAt.getTime() + 3 * DAY);
  const circulated = new Date(meeting.endsAt.getTime() + 7 * DAY);
  const approved = spec.status === 'APPROVED' ? new Date(nextStartsAt.getTime() + 15 * 60_000) : null;
  const entries = [
    { agendaItemId: null, agendaItemTitle: null, position: null, body: spec.general },
    ...items.map((item, index) => ({
      agendaItemId: item.id,
      agendaItemTitle: item.title,
      position: item.position,
      body: seed.items[index]?.minutesText ?? '',
    })),
  ];
  // The draft, then the circulated text, then (if approved) the approved one.
  const steps: { status: MinutesStatus; at: Date }[] = [
    { status: 'DRAFT', at: drafted },
    { status: 'CIRCULATED', at: circulated },
    ...(approved ? [{ status: 'APPROVED' as const, at: approved }] : []),
  ];
  const draftEntries = entries.map((entry, index) =>
    index === 0 ? entry : { ...entry, body: entry.body.split('. ')[0] ?? '' },
  );
  const minutes = await tx.minutes.create({
    data: {
      meetingId,
      status: spec.status,
      version: steps.length,
      circulatedAt: circulated,
      approvedAt: approved,
      approvedById: approved ? chair : null,
      approvedAtMeetingId: approved ? nextMeetingId : null,
      createdAt: drafted,
      entries: { create: entries.map((entry) => ({ agendaItemId: entry.agendaItemId, body: entry.body })) },
      revisions: {
        create: steps.map((step, index) => ({
          version: index + 1,
          status: step.status,
          snapshot: { entries: index === 0 ? draftEntries : entries },
          createdById: chair,
          createdAt: step.at,
        })),
      },
    },
    select: { id: true },
  });
  const members = new Map(
    (
      await tx.user.findMany({
        where: { email: { endsWith: '@egcc.example' } },
        select: { id: true, email: true },
      })
    ).map((m) => [m.email, m.id]),
  );
  for (const comment of spec.comments ?? []) {
    await tx.minutesComment.create({
      data: {
        minutesId: minutes.id,
        agendaItemId: comment.item ? (items[comment.item - 1]?.id ?? null) : null,
        authorId: members.get(comment.by) ?? null,
        version: 2,
        body: comment.body,
        createdAt: new Date(circulated.getTime() + 2 * DAY),
      },
    });
  }
}
