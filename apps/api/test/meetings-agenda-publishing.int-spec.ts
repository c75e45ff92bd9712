import {
  Agenda,
  AgendaDiff,
  AgendaVersionDetail,
  AgendaVersionSummary,
  MeetingDetail,
  ProblemDetails,
} from '@egcc/contracts';
import type { Browser } from './support/http-client';
import { parseIcs as eventOf } from './support/ics';
import { reportCast, type ReportCast } from './support/reports';
import { createTestApp, type TestApp } from './support/test-app';

/** A meeting in Riga in autumn: 10:00–16:00 local time (UTC+3 until 25 October). */
const RIGA = {
  title: '53rd meeting of the Expert Group',
  startsAt: '2030-10-15T07:00:00.000Z',
  endsAt: '2030-10-15T13:00:00.000Z',
  timeZone: 'Europe/Riga',
  place: 'Riga, Ministry of Welfare',
};

const item = (title: string, durationMinutes: number, extra: Record<string, unknown> = {}) => ({
  title,
  kind: 'DISCUSSION',
  durationMinutes,
  ...extra,
});

describe('publishing the agenda, its versions and what changed', () => {
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

  const schedule = async (body: Record<string, unknown> = {}) => {
    const response = await cast.chair.post('/api/v1/meetings', { ...RIGA, ...body });
    expect(response.statusCode).toBe(201);
    return MeetingDetail.parse(response.json());
  };

  const addItem = async (meetingId: string, body: Record<string, unknown>) => {
    const response = await cast.chair.post(`/api/v1/meetings/${meetingId}/agenda-items`, body);
    expect(response.statusCode).toBe(201);
    return Agenda.parse(response.json());
  };

  const publish = async (meetingId: string, client: Browser = cast.chair, note = '') => {
    const response = await client.post(`/api/v1/meetings/${meetingId}/agenda/publish`, { note });
    expect(response.statusCode).toBe(201);
    return AgendaVersionSummary.parse(response.json());
  };

  const problem = (response: { statusCode: number; json: () => unknown }, status: number) => {
    expect(response.statusCode).toBe(status);
    return ProblemDetails.parse(response.json());
  };

  const emailOf = async (id: string) =>
    (await t.prisma.user.findUniqueOrThrow({ where: { id }, select: { email: true } })).email;

  it('freezes the agenda as version 1, tells every member, and mails each an .ics invitation', async () => {
    const meeting = await schedule();
    await addItem(meeting.id, item('Opening and adoption of the agenda', 15, { kind: 'INFORMATION' }));
    await addItem(meeting.id, item('National reports', 90));

    const version = await publish(meeting.id, cast.chair, 'Please read the reports beforehand.');
    expect(version).toMatchObject({ number: 1, itemCount: 2, publishedBy: { name: 'Aino Virtanen' } });

    // Every member reads the meeting as published, the agenda as not changed since.
    const read = MeetingDetail.parse((await cast.observer.get(`/api/v1/meetings/${meeting.id}`)).json());
    expect(read).toMatchObject({ status: 'AGENDA_PUBLISHED', agendaVersion: 1 });
    const agenda = Agenda.parse((await cast.dk.get(`/api/v1/meetings/${meeting.id}/agenda`)).json());
    expect(agenda).toMatchObject({ publishedVersion: 1, changedSincePublished: false });

    // In the portal: everyone but the publisher.
    const notices = await t.prisma.notification.findMany({ where: { kind: 'AGENDA_PUBLISHED' } });
    const told = new Set(notices.map((n) => n.userId));
    for (const id of [cast.ids.dk, cast.ids.dk2, cast.ids.ee, cast.ids.observer, cast.ids.admin]) {
      expect(told.has(id)).toBe(true);
    }
    expect(told.has(cast.ids.chair)).toBe(false);
    expect(notices[0]?.payload).toMatchObject({
      title: `Agenda published: “${RIGA.title}”`,
      excerpt: 'Please read the reports beforehand. — 2 items.',
      link: `/meetings/${meeting.id}`,
    });

    // By e-mail, with an invitation addressed to that member, at the right local time.
    const dkEmail = await emailOf(cast.ids.dk);
    const mail = await t.prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: dkEmail } });
    expect(mail.subject).toBe(`[EGCC] Agenda published: “${RIGA.title}”`);
    const [attachment] = mail.attachments as { filename: string; contentType: string; content: string }[];
    expect(attachment).toMatchObject({
      filename: 'invitation.ics',
      contentType: 'text/calendar; charset=utf-8; method=REQUEST',
    });
    const { calendar, vevent, event } = eventOf(attachment!.content);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.uid).toBe(`meeting-${meeting.id}@egcc-portal`);
    expect(event.summary).toBe(RIGA.title);
    expect(event.startDate.toString()).toBe('2030-10-15T10:00:00');
    expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Riga');
    expect(event.startDate.toJSDate().toISOString()).toBe(RIGA.startsAt);
    expect(vevent.getFirstPropertyValue('sequence')).toBe(0);
    // Addresses are case-insensitive URIs; ical-generator writes MAILTO:.
    const address = (value: unknown) => String(value).replace(/^mailto:/i, '');
    expect(vevent.getAllProperties('attendee').map((p) => address(p.getFirstValue()))).toEqual([dkEmail]);
    expect(address(vevent.getFirstPropertyValue('organizer'))).toBe('no-reply@egcc.example');
  });

  it('publishes a change as the next version and shows what changed, item by item', async () => {
    const meeting = await schedule();
    let agenda = await addItem(meeting.id, item('Opening', 15, { kind: 'INFORMATION' }));
    agenda = await addItem(meeting.id, item('Gaps in foster care', 60));
    agenda = await addItem(meeting.id, item('Any other business', 15));
    const [opening, gaps, other] = agenda.items.map((i) => i.id);
    await publish(meeting.id);

    // Nothing new: a second publication would tell members nothing.
    problem(await cast.chair.post(`/api/v1/meetings/${meeting.id}/agenda/publish`, {}), 409);

    // Edit one, remove one, add one, move one; and move the meeting an hour later.
    await cast.chair.patch(`/api/v1/meetings/${meeting.id}/agenda-items/${gaps}`, {
      title: 'Gaps in foster care and kinship care',
      durationMinutes: 75,
    });
    await cast.chair.delete(`/api/v1/meetings/${meeting.id}/agenda-items/${other}`);
    agenda = await addItem(meeting.id, item('Child protection in the digital age', 45, { position: 1 }));
    const added = agenda.items[0]!.id;
    expect(
      (
        await cast.chair.put(`/api/v1/meetings/${meeting.id}/agenda-items/order`, {
          itemIds: [opening, added, gaps],
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await cast.chair.patch(`/api/v1/meetings/${meeting.id}`, {
          startsAt: '2030-10-15T08:00:00.000Z',
          endsAt: '2030-10-15T14:00:00.000Z',
        })
      ).statusCode,
    ).toBe(200);
    // The chair sees the draft changed since version 1; members still read version 1 as published.
    const draft = Agenda.parse((await cast.chair.get(`/api/v1/meetings/${meeting.id}/agenda`)).json());
    expect(draft.changedSincePublished).toBe(true);
    expect(draft.items.map((i) => i.title)).toEqual([
      'Opening',
      'Child protection in the digital age',
      'Gaps in foster care and kinship care',
    ]);
    const published = Agenda.parse((await cast.dk.get(`/api/v1/meetings/${meeting.id}/agenda`)).json());
    expect(published).toMatchObject({ publishedVersion: 1, changedSincePublished: false });
    expect(published.items.map((i) => [i.title, i.durationMinutes])).toEqual([
      ['Opening', 15],
      ['Gaps in foster care', 60],
      ['Any other business', 15],
    ]);

    expect(await publish(meeting.id)).toMatchObject({ number: 2, itemCount: 3 });
    const now = Agenda.parse((await cast.observer.get(`/api/v1/meetings/${meeting.id}/agenda`)).json());
    expect(now.items.map((i) => i.title)).toEqual(draft.items.map((i) => i.title));

    const versions = (await cast.observer.get(`/api/v1/meetings/${meeting.id}/agenda/versions`)).json();
    expect(
      AgendaVersionSummary.array()
        .parse(versions)
        .map((v) => [v.number, v.itemCount]),
    ).toEqual([
      [2, 3],
      [1, 3],
    ]);

    // Version 1 reads as it was published.
    const first = AgendaVersionDetail.parse(
      (await cast.observer.get(`/api/v1/meetings/${meeting.id}/agenda/versions/1`)).json(),
    );
    expect(first.snapshot.items.map((i) => i.title)).toEqual([
      'Opening',
      'Gaps in foster care',
      'Any other business',
    ]);
    expect(first.snapshot.meeting.startsAt).toBe(RIGA.startsAt);

    const diff = AgendaDiff.parse(
      (await cast.observer.get(`/api/v1/meetings/${meeting.id}/agenda/diff?from=1&to=2`)).json(),
    );
    expect(diff.meetingChanges.map((c) => c.field).sort()).toEqual(['endsAt', 'startsAt']);
    expect(diff.items.map((i) => [i.after?.title ?? i.before?.title, i.change, i.changedFields])).toEqual([
      ['Opening', 'UNCHANGED', []],
      ['Child protection in the digital age', 'ADDED', []],
      ['Gaps in foster care and kinship care', 'CHANGED', ['title', 'durationMinutes']],
      ['Any other business', 'REMOVED', []],
    ]);
    const changed = diff.items[2]!;
    expect(changed).toMatchObject({ fromPosition: 2, toPosition: 3 });
    expect(changed.parts.filter((p) => p.change === 'ADDED').map((p) => p.text.trim())).toEqual([
      'and kinship care',
    ]);
    // Both versions can be read back from the parts.
    const side = (skip: string) =>
      changed.parts
        .filter((p) => p.change !== skip)
        .map((p) => p.text)
        .join('');
    expect(side('ADDED')).toBe('Gaps in foster care');
    expect(side('REMOVED')).toBe('Gaps in foster care and kinship care');

    // The second notice says what changed and leads to the comparison.
    const second = await t.prisma.notification.findFirstOrThrow({
      where: { kind: 'AGENDA_PUBLISHED', userId: cast.ids.dk },
      orderBy: { createdAt: 'desc' },
    });
    expect(second.payload).toMatchObject({
      title: `Agenda version 2 published: “${RIGA.title}”`,
      excerpt: '1 item added, 1 changed, 1 removed, the time changed.',
      link: `/meetings/${meeting.id}/agenda/versions?from=1&to=2`,
    });
  });

  it('marks an item moved only when it left its place, not when others were added above it', async () => {
    const meeting = await schedule();
    let agenda = await addItem(meeting.id, item('First', 10));
    agenda = await addItem(meeting.id, item('Second', 10));
    agenda = await addItem(meeting.id, item('Third', 10));
    const [a, b, c] = agenda.items.map((i) => i.id);
    await publish(meeting.id);
    await cast.chair.put(`/api/v1/meetings/${meeting.id}/agenda-items/order`, { itemIds: [c, a, b] });
    await publish(meeting.id);
    const diff = AgendaDiff.parse(
      (await cast.dk.get(`/api/v1/meetings/${meeting.id}/agenda/diff?from=1&to=2`)).json(),
    );
    expect(diff.items.map((i) => [i.after?.title, i.change, i.changedFields])).toEqual([
      ['Third', 'CHANGED', ['position']],
      ['First', 'UNCHANGED', []],
      ['Second', 'UNCHANGED', []],
    ]);
  });

  it('lets only chairs and the secretariat publish, and refuses what cannot be published', async () => {
    const meeting = await schedule();
    // An empty agenda has nothing to publish.
    expect(
      problem(await cast.chair.post(`/api/v1/meetings/${meeting.id}/agenda/publish`, {}), 409).detail,
    ).toMatch(/no items/);
    await addItem(meeting.id, item('Opening', 15));
    for (const client of [cast.dk, cast.observer]) {
      problem(await client.post(`/api/v1/meetings/${meeting.id}/agenda/publish`, {}), 403);
    }
    expect(await t.prisma.agendaVersion.count()).toBe(0);
    // Until it is published, the draft stays with the chair and the secretariat.
    for (const client of [cast.dk, cast.observer]) {
      const unpublished = Agenda.parse((await client.get(`/api/v1/meetings/${meeting.id}/agenda`)).json());
      expect(unpublished).toMatchObject({ items: [], publishedVersion: null, changedSincePublished: false });
    }
    expect(await publish(meeting.id, cast.admin)).toMatchObject({
      number: 1,
      publishedBy: { name: 'Sam Secretariat' },
    });

    // Bad input: a clear 400 that changes nothing.
    const tooLong = await cast.chair.post(`/api/v1/meetings/${meeting.id}/agenda/publish`, {
      note: 'x'.repeat(2_001),
    });
    expect(problem(tooLong, 400).errors?.map((e) => e.pointer)).toEqual(['/note']);
    for (const query of ['from=1&to=1', 'from=0&to=1', 'from=a&to=2', 'from=1']) {
      problem(await cast.dk.get(`/api/v1/meetings/${meeting.id}/agenda/diff?${query}`), 400);
    }
    problem(await cast.dk.get(`/api/v1/meetings/${meeting.id}/agenda/versions/x`), 400);
    problem(await cast.dk.get(`/api/v1/meetings/${meeting.id}/agenda/versions/99999999999`), 400);
    expect(
      problem(await cast.dk.get(`/api/v1/meetings/${meeting.id}/agenda/versions/7`), 404).detail,
    ).toMatch(/no version 7/);
    problem(await cast.dk.get(`/api/v1/meetings/${meeting.id}/agenda/diff?from=1&to=2`), 404);
    problem(await cast.dk.get(`/api/v1/meetings/01900000-0000-7000-8000-000000000000/agenda/versions`), 404);
    expect(await t.prisma.agendaVersion.count()).toBe(1);

    // A cancelled meeting's agenda no longer changes, nor is it published again.
    await cast.chair.post(`/api/v1/meetings/${meeting.id}/cancel`, { reason: 'Postponed' });
    problem(await cast.chair.post(`/api/v1/meetings/${meeting.id}/agenda/publish`, {}), 409);
  });

  it('gives each of two simultaneous publications its own version number', async () => {
    const meeting = await schedule();
    await addItem(meeting.id, item('Opening', 15));
    await publish(meeting.id);
    await addItem(meeting.id, item('Reports', 60));
    const [one, two] = await Promise.all([
      cast.chair.post(`/api/v1/meetings/${meeting.id}/agenda/publish`, {}),
      cast.admin.post(`/api/v1/meetings/${meeting.id}/agenda/publish`, {}),
    ]);
    // One publishes version 2; the other finds nothing new since it.
    expect([one.statusCode, two.statusCode].sort()).toEqual([201, 409]);
    expect(
      (await t.prisma.agendaVersion.findMany({ select: { number: true } })).map((v) => v.number).sort(),
    ).toEqual([1, 2]);
  });

  it('sends members an updated invitation when a published meeting moves, and a cancellation when it is off', async () => {
    const meeting = await schedule();
    await addItem(meeting.id, item('Opening', 15));

    // Before the agenda is out nobody holds an invitation: a move tells nobody.
    await cast.chair.patch(`/api/v1/meetings/${meeting.id}`, { place: 'Riga, Latvian National Library' });
    expect(await t.prisma.notification.count({ where: { kind: 'MEETING_CHANGED' } })).toBe(0);

    await publish(meeting.id);
    const moved = await cast.chair.patch(`/api/v1/meetings/${meeting.id}`, {
      startsAt: '2030-10-29T08:00:00.000Z',
      endsAt: '2030-10-29T14:00:00.000Z',
    });
    const sequence = MeetingDetail.parse(moved.json()).icalSequence;
    const dkEmail = await emailOf(cast.ids.dk);
    const update = await t.prisma.outboxMessage.findFirstOrThrow({
      where: { toAddress: dkEmail, template: 'notification:meeting_changed' },
    });
    expect(update.subject).toBe(`[EGCC] “${RIGA.title}” has moved: new time`);
    const [updated] = update.attachments as { content: string; contentType: string }[];
    const changed = eventOf(updated!.content);
    expect(changed.calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(changed.vevent.getFirstPropertyValue('sequence')).toBe(sequence);
    // After the end of summer time: 10:00 in Riga is now 08:00 UTC.
    expect(changed.event.startDate.toString()).toBe('2030-10-29T10:00:00');
    expect(changed.event.startDate.toJSDate().toISOString()).toBe('2030-10-29T08:00:00.000Z');

    // A change of the title alone needs no new invitation.
    await cast.chair.patch(`/api/v1/meetings/${meeting.id}`, { title: `${RIGA.title} (Riga)` });
    expect(
      await t.prisma.notification.count({ where: { kind: 'MEETING_CHANGED', userId: cast.ids.dk } }),
    ).toBe(1);

    const cancelled = await cast.chair.post(`/api/v1/meetings/${meeting.id}/cancel`, {
      reason: 'Postponed to the spring; a new date follows.',
    });
    const detail = MeetingDetail.parse(cancelled.json());
    expect(detail.cancellationReason).toBe('Postponed to the spring; a new date follows.');
    const notice = await t.prisma.notification.findFirstOrThrow({
      where: { kind: 'MEETING_CANCELLED', userId: cast.ids.observer },
    });
    expect(notice.payload).toMatchObject({
      title: `“${RIGA.title} (Riga)” is cancelled`,
      excerpt: 'Postponed to the spring; a new date follows.',
    });
    const cancellation = await t.prisma.outboxMessage.findFirstOrThrow({
      where: { toAddress: dkEmail, template: 'notification:meeting_cancelled' },
    });
    const [ics] = cancellation.attachments as { filename: string; content: string; contentType: string }[];
    expect(ics).toMatchObject({
      filename: 'cancellation.ics',
      contentType: 'text/calendar; charset=utf-8; method=CANCEL',
    });
    const off = eventOf(ics!.content);
    expect(off.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(off.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(off.vevent.getFirstPropertyValue('sequence')).toBe(detail.icalSequence);
    expect(detail.icalSequence).toBeGreaterThan(sequence);
  });

  it('tells members a meeting whose agenda never went out is cancelled, without a calendar file', async () => {
    const meeting = await schedule();
    await cast.chair.post(`/api/v1/meetings/${meeting.id}/cancel`, {});
    const notice = await t.prisma.notification.findFirstOrThrow({
      where: { kind: 'MEETING_CANCELLED', userId: cast.ids.dk },
    });
    expect(notice.payload).toMatchObject({ excerpt: null });
    const mail = await t.prisma.outboxMessage.findFirstOrThrow({
      where: { toAddress: await emailOf(cast.ids.dk), template: 'notification:meeting_cancelled' },
    });
    expect(mail.attachments).toEqual([]);
    expect(
      MeetingDetail.parse((await cast.dk.get(`/api/v1/meetings/${meeting.id}`)).json()).cancellationReason,
    ).toBe(null);
  });
});
