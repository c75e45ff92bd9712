import { Agenda, MeetingDetail, MeetingPage, ProblemDetails } from '@egcc/contracts';
import type { Browser } from './support/http-client';
import { browser } from './support/http-client';
import { parseIcs } from './support/ics';
import { reportCast, type ReportCast } from './support/reports';
import { createTestApp, type TestApp } from './support/test-app';

/** A meeting in Vilnius in summer: 10:00–12:00 local time (UTC+3). */
const VILNIUS = {
  title: '52nd meeting of the Expert Group',
  description: 'Hosted by **Lithuania**.',
  startsAt: '2030-07-10T07:00:00.000Z',
  endsAt: '2030-07-10T09:00:00.000Z',
  timeZone: 'Europe/Vilnius',
  place: 'Vilnius, Ministry of Social Security and Labour',
  onlineUrl: 'https://meet.example.org/egcc-52',
};

const item = (title: string, durationMinutes: number, extra: Record<string, unknown> = {}) => ({
  title,
  kind: 'DISCUSSION',
  durationMinutes,
  ...extra,
});

describe('meetings and the agenda builder', () => {
  let t: TestApp;
  let cast: ReportCast;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.resetData();
    cast = await reportCast(t);
  });

  const delegationId = async (code: string) =>
    (await t.prisma.delegation.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;

  const schedule = async (client: Browser = cast.chair, body: Record<string, unknown> = {}) => {
    const response = await client.post('/api/v1/meetings', { ...VILNIUS, ...body });
    expect(response.statusCode).toBe(201);
    return MeetingDetail.parse(response.json());
  };

  const addItem = async (meetingId: string, body: Record<string, unknown>, client: Browser = cast.chair) => {
    const response = await client.post(`/api/v1/meetings/${meetingId}/agenda-items`, body);
    expect(response.statusCode).toBe(201);
    return Agenda.parse(response.json());
  };

  const problem = (response: { statusCode: number; json: () => unknown }, status: number) => {
    expect(response.statusCode).toBe(status);
    return ProblemDetails.parse(response.json());
  };

  const pointers = (response: { statusCode: number; json: () => unknown }) =>
    (problem(response, 400).errors ?? []).map((e) => e.pointer);

  describe('meetings', () => {
    it('lets the chair and the secretariat schedule meetings that every member then reads', async () => {
      const lt = await delegationId('lt');
      const chairs = await schedule(cast.chair, { hostDelegationId: lt });
      expect(chairs).toMatchObject({
        title: VILNIUS.title,
        status: 'DRAFT',
        startsAt: VILNIUS.startsAt,
        timeZone: 'Europe/Vilnius',
        hostDelegation: { code: 'lt' },
        cancelledAt: null,
        agendaVersion: null,
        myAttendance: null,
        icalSequence: 0,
      });
      expect(chairs.description.html).toContain('<strong>Lithuania</strong>');
      expect(chairs.actions).toMatchObject({ edit: true, cancel: true, editAgenda: true });
      await schedule(cast.admin, { title: 'Online follow-up', place: null });

      for (const reader of [cast.dk, cast.observer]) {
        const detail = MeetingDetail.parse((await reader.get(`/api/v1/meetings/${chairs.id}`)).json());
        expect(detail.title).toBe(VILNIUS.title);
        expect(detail.actions).toMatchObject({ edit: false, cancel: false, editAgenda: false });
        const list = MeetingPage.parse((await reader.get('/api/v1/meetings')).json());
        expect(list.items.map((m) => m.title).sort()).toEqual([VILNIUS.title, 'Online follow-up']);
      }
    });

    it('refuses delegates and observers (403) and visitors (401), and changes nothing', async () => {
      for (const client of [cast.dk, cast.observer]) {
        problem(await client.post('/api/v1/meetings', VILNIUS), 403);
      }
      problem(await browser(t.app).post('/api/v1/meetings', VILNIUS), 401);
      problem(await browser(t.app).get('/api/v1/meetings'), 401);
      const meeting = await schedule();
      for (const client of [cast.dk, cast.observer]) {
        problem(await client.patch(`/api/v1/meetings/${meeting.id}`, { title: 'Taken over' }), 403);
        problem(await client.post(`/api/v1/meetings/${meeting.id}/cancel`, {}), 403);
        problem(await client.post(`/api/v1/meetings/${meeting.id}/agenda-items`, item('Mine', 10)), 403);
      }
      expect(await t.prisma.meeting.count()).toBe(1);
      expect((await t.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).title).toBe(
        VILNIUS.title,
      );
      expect(await t.prisma.agendaItem.count()).toBe(0);
    });

    it('answers 400 with field errors for an end before the start, a bad zone, no place or link, an unknown host', async () => {
      expect(
        pointers(await cast.chair.post('/api/v1/meetings', { ...VILNIUS, endsAt: VILNIUS.startsAt })),
      ).toEqual(['/endsAt']);
      expect(
        pointers(await cast.chair.post('/api/v1/meetings', { ...VILNIUS, timeZone: 'Mars/Olympus' })),
      ).toEqual(['/timeZone']);
      expect(
        pointers(await cast.chair.post('/api/v1/meetings', { ...VILNIUS, place: null, onlineUrl: null })),
      ).toEqual(['/place']);
      expect(
        pointers(
          await cast.chair.post('/api/v1/meetings', {
            ...VILNIUS,
            hostDelegationId: '0190a6c4-7d1e-7000-8000-00000000dead',
          }),
        ),
      ).toEqual(['/hostDelegationId']);
      expect(await t.prisma.meeting.count()).toBe(0);

      // A change is checked against what is stored.
      const meeting = await schedule();
      expect(
        pointers(
          await cast.chair.patch(`/api/v1/meetings/${meeting.id}`, { endsAt: '2030-07-10T06:00:00.000Z' }),
        ),
      ).toEqual(['/endsAt']);
      expect(
        pointers(await cast.chair.patch(`/api/v1/meetings/${meeting.id}`, { place: null, onlineUrl: null })),
      ).toEqual(['/place']);
      expect(
        pointers(await cast.chair.patch(`/api/v1/meetings/${meeting.id}`, { place: '', onlineUrl: '' })),
      ).toEqual(['/place']);
      const stored = await t.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
      expect(stored).toMatchObject({ place: VILNIUS.place, onlineUrl: VILNIUS.onlineUrl, icalSequence: 0 });
      expect(stored.endsAt.toISOString()).toBe(VILNIUS.endsAt);
    });

    it('lists upcoming meetings soonest first and past ones latest first, page by page', async () => {
      const at = (iso: string) => ({
        startsAt: iso,
        endsAt: new Date(Date.parse(iso) + 3_600_000).toISOString(),
      });
      await schedule(cast.chair, { title: 'Upcoming later', ...at('2031-03-01T09:00:00.000Z') });
      await schedule(cast.chair, { title: 'Upcoming soon', ...at('2030-03-01T09:00:00.000Z') });
      await schedule(cast.chair, { title: 'Upcoming soonest', ...at('2029-03-01T09:00:00.000Z') });
      await schedule(cast.chair, { title: 'Past long ago', ...at('2020-03-01T09:00:00.000Z') });
      await schedule(cast.chair, { title: 'Past recent', ...at('2025-03-01T09:00:00.000Z') });

      const first = MeetingPage.parse((await cast.dk.get('/api/v1/meetings?when=upcoming&limit=2')).json());
      expect(first.items.map((m) => m.title)).toEqual(['Upcoming soonest', 'Upcoming soon']);
      expect(first.nextCursor).not.toBeNull();
      const second = MeetingPage.parse(
        (await cast.dk.get(`/api/v1/meetings?when=upcoming&limit=2&cursor=${first.nextCursor}`)).json(),
      );
      expect(second.items.map((m) => m.title)).toEqual(['Upcoming later']);
      expect(second.nextCursor).toBeNull();

      const past = MeetingPage.parse((await cast.observer.get('/api/v1/meetings?when=past')).json());
      expect(past.items.map((m) => m.title)).toEqual(['Past recent', 'Past long ago']);
      expect(pointers(await cast.dk.get('/api/v1/meetings?cursor=nonsense'))).toEqual(['/cursor']);
    });

    it('raises the calendar SEQUENCE when the time or place changes, not for the description', async () => {
      const meeting = await schedule();
      const described = MeetingDetail.parse(
        (
          await cast.chair.patch(`/api/v1/meetings/${meeting.id}`, { description: 'Bring your reports.' })
        ).json(),
      );
      expect(described.icalSequence).toBe(0);
      const moved = MeetingDetail.parse(
        (
          await cast.admin.patch(`/api/v1/meetings/${meeting.id}`, {
            startsAt: '2030-07-10T08:00:00.000Z',
            endsAt: '2030-07-10T10:00:00.000Z',
          })
        ).json(),
      );
      expect(moved).toMatchObject({ icalSequence: 1, startsAt: '2030-07-10T08:00:00.000Z' });
      const relocated = MeetingDetail.parse(
        (await cast.chair.patch(`/api/v1/meetings/${meeting.id}`, { place: 'Trakai castle' })).json(),
      );
      expect(relocated).toMatchObject({ icalSequence: 2, place: 'Trakai castle' });
    });

    it('cancels a meeting once: it stays listed, calendars learn of it, and it no longer changes (409)', async () => {
      const meeting = await schedule();
      const cancelled = MeetingDetail.parse(
        (await cast.chair.post(`/api/v1/meetings/${meeting.id}/cancel`, { reason: 'Venue closed' })).json(),
      );
      expect(cancelled.cancelledAt).not.toBeNull();
      expect(cancelled.icalSequence).toBe(1);
      expect(cancelled.actions).toMatchObject({ edit: false, cancel: false, editAgenda: false });
      problem(await cast.chair.post(`/api/v1/meetings/${meeting.id}/cancel`, {}), 409);
      problem(await cast.chair.patch(`/api/v1/meetings/${meeting.id}`, { title: 'Back on' }), 409);
      problem(await cast.chair.post(`/api/v1/meetings/${meeting.id}/agenda-items`, item('Late', 10)), 409);
      const ics = await cast.dk.get(`/api/v1/meetings/${meeting.id}/calendar.ics`);
      expect(parseIcs(ics.body).vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(
        await t.prisma.auditEvent.count({ where: { action: 'meeting.cancelled', targetId: meeting.id } }),
      ).toBe(1);
    });

    it('answers 404 for a meeting that does not exist', async () => {
      problem(await cast.dk.get('/api/v1/meetings/0190a6c4-7d1e-7000-8000-00000000dead'), 404);
      problem(await cast.dk.get('/api/v1/meetings/0190a6c4-7d1e-7000-8000-00000000dead/calendar.ics'), 404);
    });
  });

  describe('the agenda', () => {
    it('plans each item’s start from the meeting’s start and warns of the overrun', async () => {
      const meeting = await schedule();
      await addItem(meeting.id, item('Opening', 15, { kind: 'INFORMATION' }));
      await addItem(meeting.id, item('National reports', 60));
      const agenda = await addItem(meeting.id, item('Work plan 2031', 30, { kind: 'DECISION' }));
      expect(agenda.items.map((i) => [i.position, i.title, i.plannedStartsAt])).toEqual([
        [1, 'Opening', '2030-07-10T07:00:00.000Z'],
        [2, 'National reports', '2030-07-10T07:15:00.000Z'],
        [3, 'Work plan 2031', '2030-07-10T08:15:00.000Z'],
      ]);
      expect(agenda).toMatchObject({ totalMinutes: 105, meetingMinutes: 120, overrunMinutes: 0 });

      const over = await addItem(meeting.id, item('Any other business', 40, { position: 1 }));
      expect(over.items.map((i) => i.title)).toEqual([
        'Any other business',
        'Opening',
        'National reports',
        'Work plan 2031',
      ]);
      expect(over).toMatchObject({ totalMinutes: 145, overrunMinutes: 25 });
      expect(over.items[3]!.plannedStartsAt).toBe('2030-07-10T08:55:00.000Z');

      // The secretariat reads the same plan.
      const read = Agenda.parse((await cast.admin.get(`/api/v1/meetings/${meeting.id}/agenda`)).json());
      expect(read.items.map((i) => i.plannedStartsAt)).toEqual(over.items.map((i) => i.plannedStartsAt));

      // Shortening an item and removing one bring it back within the meeting.
      const shorter = Agenda.parse(
        (
          await cast.admin.patch(`/api/v1/meetings/${meeting.id}/agenda-items/${over.items[2]!.id}`, {
            durationMinutes: 45,
          })
        ).json(),
      );
      expect(shorter.overrunMinutes).toBe(10);
      const removed = Agenda.parse(
        (await cast.chair.delete(`/api/v1/meetings/${meeting.id}/agenda-items/${over.items[0]!.id}`)).json(),
      );
      expect(removed.items.map((i) => [i.position, i.title])).toEqual([
        [1, 'Opening'],
        [2, 'National reports'],
        [3, 'Work plan 2031'],
      ]);
      expect(removed).toMatchObject({ totalMinutes: 90, overrunMinutes: 0 });
    });

    it('reorders when every item is listed once, and names what is missing, repeated or unknown', async () => {
      const meeting = await schedule();
      await addItem(meeting.id, item('First', 10));
      await addItem(meeting.id, item('Second', 20));
      const agenda = await addItem(meeting.id, item('Third', 30));
      const [a, b, c] = agenda.items.map((i) => i.id) as [string, string, string];
      const url = `/api/v1/meetings/${meeting.id}/agenda-items/order`;

      const missing = problem(await cast.chair.put(url, { itemIds: [c, a] }), 400);
      expect(missing.errors?.[0]).toMatchObject({ pointer: '/itemIds' });
      expect(missing.errors?.[0]?.detail).toContain('Second');
      expect(pointers(await cast.chair.put(url, { itemIds: [c, a, a, b] }))).toEqual(['/itemIds']);
      expect(
        pointers(await cast.chair.put(url, { itemIds: [c, a, '0190a6c4-7d1e-7000-8000-00000000dead'] })),
      ).toEqual(['/itemIds/2', '/itemIds']);
      const unchanged = Agenda.parse((await cast.admin.get(`/api/v1/meetings/${meeting.id}/agenda`)).json());
      expect(unchanged.items.map((i) => i.title)).toEqual(['First', 'Second', 'Third']);

      problem(await cast.dk.put(url, { itemIds: [c, b, a] }), 403);
      const reordered = Agenda.parse((await cast.chair.put(url, { itemIds: [c, a, b] })).json());
      expect(reordered.items.map((i) => [i.position, i.title, i.plannedStartsAt])).toEqual([
        [1, 'Third', '2030-07-10T07:00:00.000Z'],
        [2, 'First', '2030-07-10T07:30:00.000Z'],
        [3, 'Second', '2030-07-10T07:40:00.000Z'],
      ]);
    });

    it('links published reports and existing threads; a draft is refused, another delegation’s draft is no such report', async () => {
      const meeting = await schedule();
      const dk = await delegationId('dk');
      const ee = await delegationId('ee');
      const period = (await t.prisma.reportingPeriod.findUniqueOrThrow({ where: { code: '2026-H1' } })).id;
      const report = (delegation: string, status: 'DRAFT' | 'PUBLISHED', title: string) =>
        t.prisma.nationalReport.create({
          data: {
            delegationId: delegation,
            periodId: period,
            title,
            status,
            ...(status === 'PUBLISHED' ? { publishedAt: new Date() } : {}),
          },
        });
      const published = await report(dk, 'PUBLISHED', 'Denmark 2026 H1');
      const eeDraft = await report(ee, 'DRAFT', 'Estonia draft');
      const thread = await t.prisma.thread.create({
        data: { title: 'Barnahus standards', authorId: cast.ids.dk },
      });

      // The chair (Finland) does not see Estonia's draft: to them it does not exist.
      const refused = problem(
        await cast.chair.post(
          `/api/v1/meetings/${meeting.id}/agenda-items`,
          item('Reports', 30, {
            reportIds: [published.id, eeDraft.id],
            threadIds: [thread.id, '0190a6c4-7d1e-7000-8000-00000000dead'],
          }),
        ),
        400,
      );
      expect(refused.errors?.map((e) => [e.pointer, e.detail])).toEqual([
        ['/reportIds/1', 'no such report'],
        ['/threadIds/1', 'no such thread'],
      ]);
      // The secretariat sees every draft, and is told drafts do not go on an agenda.
      const draftRefused = problem(
        await cast.admin.post(
          `/api/v1/meetings/${meeting.id}/agenda-items`,
          item('Reports', 30, { reportIds: [eeDraft.id] }),
        ),
        400,
      );
      expect(draftRefused.errors?.map((e) => [e.pointer, e.detail])).toEqual([
        ['/reportIds/0', 'only published reports go on an agenda'],
      ]);
      expect(await t.prisma.agendaItem.count()).toBe(0);

      const agenda = await addItem(
        meeting.id,
        item('Reports', 30, { reportIds: [published.id], threadIds: [thread.id], presenterDelegationId: dk }),
      );
      expect(agenda.items[0]).toMatchObject({
        reports: [{ id: published.id, title: 'Denmark 2026 H1', delegation: { code: 'dk' } }],
        threads: [{ id: thread.id, title: 'Barnahus standards' }],
        presenter: { kind: 'DELEGATION', delegation: { code: 'dk' } },
      });
      const presented = Agenda.parse(
        (
          await cast.chair.patch(`/api/v1/meetings/${meeting.id}/agenda-items/${agenda.items[0]!.id}`, {
            presenterUserId: cast.ids.ee,
            threadIds: [],
          })
        ).json(),
      );
      expect(presented.items[0]).toMatchObject({
        presenter: { kind: 'MEMBER', member: { id: cast.ids.ee, name: 'Kadri Tamm' } },
        threads: [],
        reports: [{ id: published.id }],
      });
      expect(
        pointers(
          await cast.chair.post(
            `/api/v1/meetings/${meeting.id}/agenda-items`,
            item('Nobody', 5, { presenterUserId: '0190a6c4-7d1e-7000-8000-00000000dead' }),
          ),
        ),
      ).toEqual(['/presenterUserId']);
    });
  });

  describe('the calendar download', () => {
    it('is an .ics every member downloads, in the meeting’s zone, whose SEQUENCE grows after a time change', async () => {
      const meeting = await schedule();
      const first = await cast.observer.get(`/api/v1/meetings/${meeting.id}/calendar.ics`);
      expect(first.statusCode).toBe(200);
      expect(first.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(first.headers['content-disposition']).toBe('attachment; filename="egcc-meeting-2030-07-10.ics"');
      const before = parseIcs(first.body);
      expect(before.calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
      const dtstart = before.vevent.getFirstProperty('dtstart')!;
      expect(dtstart.getParameter('tzid')).toBe('Europe/Vilnius');
      expect(first.body).toContain('DTSTART;TZID=Europe/Vilnius:20300710T100000\r\n');
      expect(before.event.startDate.zone.tzid).toBe('Europe/Vilnius');
      expect(before.event.startDate.utcOffset()).toBe(3 * 3600);
      expect(before.event.startDate.toJSDate().toISOString()).toBe(VILNIUS.startsAt);
      expect(before.event.endDate.toJSDate().toISOString()).toBe(VILNIUS.endsAt);
      expect(before.event.summary).toBe(VILNIUS.title);
      expect(before.event.sequence).toBe(0);

      await cast.chair.patch(`/api/v1/meetings/${meeting.id}`, {
        startsAt: '2030-12-01T08:00:00.000Z',
        endsAt: '2030-12-01T10:00:00.000Z',
      });
      const after = parseIcs((await cast.dk.get(`/api/v1/meetings/${meeting.id}/calendar.ics`)).body);
      expect(after.event.uid).toBe(before.event.uid);
      expect(after.event.sequence).toBe(1);
      // Winter time in Vilnius is UTC+2.
      expect(after.event.startDate.zone.tzid).toBe('Europe/Vilnius');
      expect(after.event.startDate.utcOffset()).toBe(2 * 3600);
      expect(after.event.startDate.hour).toBe(10);
      expect(after.event.startDate.toJSDate().toISOString()).toBe('2030-12-01T08:00:00.000Z');
    });
  });
});
