import type { Agenda, AgendaItemView, MeetingActions, MeetingDetail, MeetingSummary } from '@egcc/contracts';

// Test data for the meetings pages' unit tests: meetings and agendas as the API answers them.

export const MEETING_ID = '0190a4c2-0000-7000-8000-00000000a001';

const NO_ACTIONS: MeetingActions = {
  edit: false,
  cancel: false,
  editAgenda: false,
  publishAgenda: false,
  answerAttendance: true,
  viewRoster: false,
  remindAttendance: false,
  editMinutes: false,
  circulateMinutes: false,
  approveMinutes: false,
  commentMinutes: false,
  recordDecisions: false,
  manageActionItems: false,
};

export const CHAIR_ACTIONS: MeetingActions = {
  ...NO_ACTIONS,
  edit: true,
  cancel: true,
  editAgenda: true,
  publishAgenda: true,
  viewRoster: true,
  remindAttendance: true,
};

/** 1 December 2026, 10:00–12:00 in Berlin (CET): 11:00–13:00 in Helsinki, the test member's zone. */
export function makeMeetingSummary(overrides: Partial<MeetingSummary> = {}): MeetingSummary {
  return {
    id: MEETING_ID,
    title: '52nd meeting of the Expert Group',
    status: 'DRAFT',
    startsAt: '2026-12-01T09:00:00.000Z',
    endsAt: '2026-12-01T11:00:00.000Z',
    timeZone: 'Europe/Berlin',
    place: 'Federal Ministry, Berlin',
    onlineUrl: 'https://meet.example.org/egcc-52',
    hostDelegation: { id: '0190a4c2-0000-7000-8000-0000000000d1', code: 'de', name: 'Germany' },
    cancelledAt: null,
    agendaVersion: null,
    myAttendance: null,
    ...overrides,
  };
}

export function makeMeeting(overrides: Partial<MeetingDetail> = {}): MeetingDetail {
  return {
    ...makeMeetingSummary(),
    description: { markdown: '', html: '' },
    cancellationReason: null,
    createdBy: null,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    icalSequence: 0,
    attachments: [],
    actions: NO_ACTIONS,
    ...overrides,
  } as MeetingDetail;
}

export function makeItem(position: number, title: string, minutes: number, startsAt: string): AgendaItemView {
  return {
    id: `0190a4c2-0000-7000-8000-00000000b00${position}`,
    position,
    title,
    description: { markdown: '', html: '' },
    kind: 'DISCUSSION',
    durationMinutes: minutes,
    presenter: null,
    reports: [],
    threads: [],
    isActionItemFollowUp: false,
    plannedStartsAt: startsAt,
  };
}

/** An agenda whose time plan the test can recompute: items in order from the meeting's start. */
export function makeAgenda(
  items: { title: string; minutes: number }[],
  overrides: Partial<Agenda> = {},
  start = '2026-12-01T09:00:00.000Z',
  meetingMinutes = 120,
): Agenda {
  let at = Date.parse(start);
  const views = items.map((item, index) => {
    const view = makeItem(index + 1, item.title, item.minutes, new Date(at).toISOString());
    at += item.minutes * 60_000;
    return view;
  });
  const totalMinutes = items.reduce((sum, item) => sum + item.minutes, 0);
  return {
    meetingId: MEETING_ID,
    items: views,
    totalMinutes,
    meetingMinutes,
    overrunMinutes: Math.max(0, totalMinutes - meetingMinutes),
    publishedVersion: null,
    changedSincePublished: false,
    ...overrides,
  };
}
