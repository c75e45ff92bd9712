import {
  ActionItemProgressRequest,
  AgendaDiffQuery,
  AnswerAttendanceRequest,
  CreateActionItemRequest,
  CreateAgendaItemRequest,
  CreateMeetingRequest,
  ReorderAgendaRequest,
  SaveMinutesRequest,
  TimeZone,
  UpdateMeetingRequest,
} from './meetings';

const id = (n: number) => `0190a6c4-0000-7000-8000-${String(n).padStart(12, '0')}`;

const meeting = (overrides: Record<string, unknown> = {}) => ({
  title: '52nd meeting of the Expert Group',
  startsAt: '2026-07-10T07:00:00Z',
  endsAt: '2026-07-10T15:00:00Z',
  timeZone: 'Europe/Vilnius',
  place: 'Vilnius, Ministry of Social Security and Labour',
  ...overrides,
});

const fieldErrors = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.path.join('.'));

describe('meeting requests', () => {
  it('accepts IANA zones and rejects offsets, abbreviations and unknown names', () => {
    for (const zone of ['Europe/Vilnius', 'Europe/Kiev', 'America/Argentina/Buenos_Aires', 'UTC']) {
      expect(TimeZone.safeParse(zone).success).toBe(true);
    }
    for (const zone of ['+02:00', 'Etc/GMT+2x', 'EEST', 'Europe/Atlantis', '', '../etc/passwd']) {
      expect(TimeZone.safeParse(zone).success).toBe(false);
    }
  });

  it('makes a meeting with defaults for what was left out', () => {
    const parsed = CreateMeetingRequest.parse(meeting());
    expect(parsed).toMatchObject({ description: '', onlineUrl: null, hostDelegationId: null });
  });

  it('wants the end after the start, and a week at most', () => {
    expect(fieldErrors(CreateMeetingRequest.safeParse(meeting({ endsAt: '2026-07-10T07:00:00Z' })))).toEqual([
      'endsAt',
    ]);
    expect(fieldErrors(CreateMeetingRequest.safeParse(meeting({ endsAt: '2026-07-20T07:00:00Z' })))).toEqual([
      'endsAt',
    ]);
    expect(
      fieldErrors(
        UpdateMeetingRequest.safeParse({ startsAt: '2026-07-10T07:00:00Z', endsAt: '2026-07-09T07:00:00Z' }),
      ),
    ).toEqual(['endsAt']);
  });

  it('wants a place, an https link, or both', () => {
    expect(fieldErrors(CreateMeetingRequest.safeParse(meeting({ place: '' })))).toEqual(['place']);
    expect(
      CreateMeetingRequest.safeParse(meeting({ place: null, onlineUrl: 'https://meet.example.org/egcc' }))
        .success,
    ).toBe(true);
    for (const url of [
      'http://meet.example.org/egcc',
      'javascript:alert(1)',
      'https:/meet.example.org',
      'https://localhost',
    ]) {
      expect(fieldErrors(CreateMeetingRequest.safeParse(meeting({ onlineUrl: url })))).toContain('onlineUrl');
    }
    expect(fieldErrors(UpdateMeetingRequest.safeParse({ place: null, onlineUrl: null }))).toEqual(['place']);
  });
});

describe('agenda requests', () => {
  const item = { title: 'Tour de table', kind: 'INFORMATION', durationMinutes: 45 };

  it('takes an item with links and one presenter at most', () => {
    expect(CreateAgendaItemRequest.parse({ ...item, reportIds: [id(1)] })).toMatchObject({
      description: '',
      presenterUserId: null,
      reportIds: [id(1)],
      threadIds: [],
    });
    expect(
      fieldErrors(
        CreateAgendaItemRequest.safeParse({ ...item, presenterUserId: id(1), presenterDelegationId: id(2) }),
      ),
    ).toEqual(['presenterUserId']);
    expect(fieldErrors(CreateAgendaItemRequest.safeParse({ ...item, durationMinutes: 0 }))).toEqual([
      'durationMinutes',
    ]);
    expect(fieldErrors(CreateAgendaItemRequest.safeParse({ ...item, kind: 'VOTE' }))).toEqual(['kind']);
    expect(fieldErrors(CreateAgendaItemRequest.safeParse({ ...item, threadIds: [id(3), id(3)] }))).toEqual([
      'threadIds',
    ]);
  });

  it('reorders by listing every item once', () => {
    expect(ReorderAgendaRequest.safeParse({ itemIds: [id(1), id(2)] }).success).toBe(true);
    expect(ReorderAgendaRequest.safeParse({ itemIds: [id(1), id(1)] }).success).toBe(false);
    expect(ReorderAgendaRequest.safeParse({ itemIds: [] }).success).toBe(false);
  });

  it('compares two different versions', () => {
    expect(AgendaDiffQuery.parse({ from: '1', to: '2' })).toEqual({ from: 1, to: 2 });
    expect(AgendaDiffQuery.safeParse({ from: '2', to: '2' }).success).toBe(false);
    expect(AgendaDiffQuery.safeParse({ from: '1', to: '99999999999' }).success).toBe(false);
  });
});

describe('attendance, minutes and action items', () => {
  it('takes an answer with an optional comment', () => {
    expect(AnswerAttendanceRequest.parse({ response: 'ONLINE' })).toEqual({
      response: 'ONLINE',
      comment: null,
    });
    expect(AnswerAttendanceRequest.safeParse({ response: 'MAYBE' }).success).toBe(false);
  });

  it('keeps one minutes entry per agenda item', () => {
    const entries = [
      { agendaItemId: null, body: 'Opening' },
      { agendaItemId: id(1), body: '' },
    ];
    expect(SaveMinutesRequest.safeParse({ version: 1, entries }).success).toBe(true);
    expect(
      SaveMinutesRequest.safeParse({
        version: 1,
        entries: [...entries, { agendaItemId: id(1), body: 'again' }],
      }).success,
    ).toBe(false);
    expect(SaveMinutesRequest.safeParse({ version: 2 ** 31, entries }).success).toBe(false);
  });

  it('gives an action item exactly one owner and a due date', () => {
    const action = { title: 'Send the national contact points', dueOn: '2026-09-01' };
    expect(CreateActionItemRequest.safeParse({ ...action, ownerDelegationId: id(1) }).success).toBe(true);
    expect(fieldErrors(CreateActionItemRequest.safeParse(action))).toEqual(['ownerUserId']);
    expect(
      fieldErrors(
        CreateActionItemRequest.safeParse({ ...action, ownerUserId: id(1), ownerDelegationId: id(2) }),
      ),
    ).toEqual(['ownerUserId']);
    expect(
      fieldErrors(CreateActionItemRequest.safeParse({ title: action.title, ownerUserId: id(1) })),
    ).toEqual(['dueOn']);
  });

  it('records progress as a status, a note or both', () => {
    expect(ActionItemProgressRequest.parse({ status: 'DONE' })).toEqual({ status: 'DONE', note: '' });
    expect(ActionItemProgressRequest.safeParse({ note: '  ' }).success).toBe(false);
    expect(ActionItemProgressRequest.safeParse({ status: 'FINISHED' }).success).toBe(false);
  });
});
