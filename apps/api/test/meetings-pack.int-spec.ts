import { MeetingDetail, PostView, ProblemDetails, ThreadDetail } from '@egcc/contracts';
import { expectInOrder, pdfText } from './support/export-text';
import { browser, type Browser } from './support/http-client';
import { fileReport, periodId, reportCast, type ReportCast, SAMPLE_CONTENT, step } from './support/reports';
import { createTestApp, type TestApp } from './support/test-app';

/** 10:00–13:00 in Helsinki, in summer time (UTC+3). */
const MEETING = {
  title: '53rd meeting of the Expert Group',
  description: 'Hosted by **Finland**. Bring your national updates.',
  startsAt: '2031-06-12T07:00:00.000Z',
  endsAt: '2031-06-12T10:00:00.000Z',
  timeZone: 'Europe/Helsinki',
  place: 'Helsinki, Säätytalo',
  onlineUrl: 'https://meet.example.org/egcc-53',
};

describe('the meeting pack', () => {
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

  // Filing, publishing, rendering and reading back PDFs: slow on a busy machine.
  jest.setTimeout(90_000);

  const ok = <T>(response: { statusCode: number; body: string; json: () => unknown }, status: number) => {
    if (response.statusCode !== status) throw new Error(`${response.statusCode}: ${response.body}`);
    return response.json() as T;
  };

  /** Two published reports (Danish, Estonian), and a discussion with replies, one hidden and one removed. */
  const material = async () => {
    const h1 = await periodId(t.prisma, '2026-H1');
    const report = await fileReport(cast.dk, {
      ...SAMPLE_CONTENT,
      title: 'Denmark: national report, 2026 H1',
      periodId: h1,
    });
    await step(cast.dk, report.id, 'submit');
    await step(cast.admin, report.id, 'publish');
    const draft = await fileReport(cast.ee, {
      ...SAMPLE_CONTENT,
      title: 'Estonia: set back for correction',
      summary: 'UNPUBLISHED-TEXT not for the pack.',
      periodId: h1,
    });
    await step(cast.ee, draft.id, 'submit');
    await step(cast.admin, draft.id, 'publish');

    const thread = ThreadDetail.parse(
      ok(
        await cast.ee.post('/api/v1/threads', {
          title: 'Gaps in foster care capacity',
          body: 'Our **counties** lack foster families. How do you recruit?',
          focusAreas: ['ALTERNATIVE_CARE'],
          gapKinds: ['CAPACITY'],
          delegations: ['dk', 'ee'],
        }),
        201,
      ),
    );
    const reply = async (client: Browser, body: string) =>
      PostView.parse(ok(await client.post(`/api/v1/threads/${thread.id}/posts`, { body }), 201));
    await reply(cast.dk, 'Reply one: campaigns in schools.');
    await reply(cast.chair, 'Reply two: higher allowances.');
    const hidden = await reply(cast.dk2, 'HIDDEN-REPLY-TEXT that a moderator hid.');
    await reply(cast.ee, 'Reply three: thank you all.');
    const removed = await reply(cast.dk, 'REMOVED-REPLY-TEXT its author took back.');
    await reply(cast.chair, 'Reply four: let us discuss at the meeting.');
    await reply(cast.dk2, 'Reply five: agreed.');
    ok(await cast.chair.post(`/api/v1/posts/${hidden.id}/hide`, { reason: 'Off topic' }), 200);
    expect((await cast.dk.delete(`/api/v1/posts/${removed.id}`)).statusCode).toBeLessThan(300);
    return { report, draft, thread };
  };

  const scheduleWithAgenda = async (links: { reportIds: string[]; threadIds: string[] }) => {
    const meeting = MeetingDetail.parse(ok(await cast.chair.post('/api/v1/meetings', MEETING), 201));
    const add = async (body: Record<string, unknown>) =>
      ok(await cast.chair.post(`/api/v1/meetings/${meeting.id}/agenda-items`, body), 201);
    await add({ title: 'Opening and adoption of the agenda', kind: 'INFORMATION', durationMinutes: 15 });
    await add({
      title: 'National developments',
      kind: 'DISCUSSION',
      durationMinutes: 60,
      description: 'Each delegation presents its **national report**.',
      presenterDelegationId: (await t.prisma.delegation.findUniqueOrThrow({ where: { code: 'dk' } })).id,
      reportIds: links.reportIds,
    });
    await add({
      title: 'Foster care capacity',
      kind: 'DECISION',
      durationMinutes: 45,
      threadIds: links.threadIds,
    });
    return meeting;
  };

  const pack = async (client: Browser, meetingId: string) => {
    const response = await client.get(`/api/v1/meetings/${meetingId}/pack.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="egcc-meeting-2031-06-12-pack.pdf"',
    );
    expect(response.headers['cache-control']).toBe('private, no-store');
    return pdfText(response.rawPayload);
  };

  it('prints the draft agenda with its time plan, the linked published report in full and the discussion summarised', async () => {
    const { report, draft, thread } = await material();
    const meeting = await scheduleWithAgenda({ reportIds: [report.id, draft.id], threadIds: [thread.id] });
    // Only published reports go on an agenda; one that is no longer published (set back for a
    // correction, straight in the database) stays out of the pack.
    await t.prisma.nationalReport.update({
      where: { id: draft.id },
      data: { status: 'SUBMITTED', publishedAt: null },
    });

    const { text, outline, info } = await pack(cast.observer, meeting.id);
    expect(info).toMatchObject({ Title: `${MEETING.title}: meeting pack` });
    // The cover: the meeting's own time and zone, where, and that the agenda is a draft.
    expectInOrder(text, [
      MEETING.title,
      'Meeting pack',
      'Thursday, 12 June 2031, 10:00–13:00 (Europe/Helsinki, UTC+3)',
      'Helsinki, Säätytalo',
      MEETING.onlineUrl,
      'Draft: not yet published',
      'Hosted by Finland.',
      'Contents',
      'Agenda',
      'Report: Denmark: national report, 2026 H1',
      'Discussion: Gaps in foster care capacity',
    ]);
    // The agenda: items in order with their planned start times, and each item's details.
    expectInOrder(text, [
      'Draft agenda: not yet published',
      '1',
      '10:00',
      'Opening and adoption of the agenda',
      '2',
      '10:15',
      'National developments',
      'Denmark',
      '3',
      '11:15',
      'Foster care capacity',
      'Planned: 2 h of the meeting’s 3 h.',
      '2. National developments',
      '10:15–11:15',
      'For discussion',
      'Each delegation presents its national report.',
      '3. Foster care capacity',
      'For decision',
    ]);
    // The report in full, as the report export prints it.
    expectInOrder(text, [
      'Report: Denmark: national report, 2026 H1',
      'Summary',
      'Denmark strengthened child-friendly justice this half-year.',
      'Measures taken',
      '1. Barnehus act amended',
      'Next steps',
      'Evaluate the reform in 2027.',
    ]);
    // The discussion: tags, the opening post, a count, and the latest replies.
    expectInOrder(text, [
      'Discussion: Gaps in foster care capacity',
      'Children in alternative care',
      'Capacity',
      'Denmark; Estonia',
      'Opening post',
      'Our counties lack foster families.',
      'Latest 3 of 5 replies',
      '2 earlier replies are in the portal.',
      'Reply three: thank you all.',
      'Reply four: let us discuss at the meeting.',
      'Reply five: agreed.',
    ]);
    // Nothing unpublished or moderated: no report set back, no hidden or removed post.
    for (const secret of [
      'UNPUBLISHED-TEXT',
      'Estonia: set back for correction',
      'HIDDEN-REPLY-TEXT',
      'REMOVED-REPLY-TEXT',
    ]) {
      expect(text).not.toContain(secret);
    }
    // Bookmarks for the agenda, its items, the report and the discussion.
    const titles = outline.map((item) => item.title);
    expect(titles).toEqual([
      MEETING.title,
      'Agenda',
      'Report: Denmark: national report, 2026 H1',
      'Discussion: Gaps in foster care capacity',
    ]);
    expect(outline[1]!.items.map((item) => item.title)).toEqual([
      '1. Opening and adoption of the agenda',
      '2. National developments',
      '3. Foster care capacity',
    ]);
  });

  it('prints the latest published agenda version, not later draft changes', async () => {
    const { report, thread } = await material();
    const meeting = await scheduleWithAgenda({ reportIds: [report.id], threadIds: [thread.id] });
    ok(await cast.chair.post(`/api/v1/meetings/${meeting.id}/agenda/publish`, { note: '' }), 201);
    // A change after publishing stays out of the pack until it is published.
    ok(
      await cast.chair.post(`/api/v1/meetings/${meeting.id}/agenda-items`, {
        title: 'UNPUBLISHED-ITEM added later',
        kind: 'INFORMATION',
        durationMinutes: 10,
      }),
      201,
    );
    const { text } = await pack(cast.dk, meeting.id);
    expectInOrder(text, [
      'Agenda',
      'Version 1, published',
      'Agenda version 1, as published on',
      'Opening and adoption of the agenda',
      'National developments',
      'Foster care capacity',
      'Report: Denmark: national report, 2026 H1',
      'Discussion: Gaps in foster care capacity',
    ]);
    expect(text).not.toContain('UNPUBLISHED-ITEM');
  });

  it('lists the action items carried over from earlier meetings under the follow-up item', async () => {
    const earlier = MeetingDetail.parse(
      ok(
        await cast.chair.post('/api/v1/meetings', {
          ...MEETING,
          title: '52nd meeting of the Expert Group',
          startsAt: '2031-02-05T08:00:00.000Z',
          endsAt: '2031-02-05T11:00:00.000Z',
        }),
        201,
      ),
    );
    const estonia = (await t.prisma.delegation.findUniqueOrThrow({ where: { code: 'ee' } })).id;
    ok(
      await cast.chair.post(`/api/v1/meetings/${earlier.id}/action-items`, {
        title: 'Circulate the foster care survey',
        ownerDelegationId: estonia,
        dueOn: '2031-04-30',
      }),
      201,
    );
    const meeting = await scheduleWithAgenda({ reportIds: [], threadIds: [] });
    const { text } = await pack(cast.observer, meeting.id);
    expectInOrder(text, [
      '1',
      '10:00',
      'Follow-up of action items',
      '2',
      '10:15',
      'Opening and adoption of the agenda',
      '1. Follow-up of action items',
      'Action item',
      'Owner',
      'Due',
      'Status',
      'Circulate the foster care survey',
      'From 52nd meeting of the Expert Group',
      'Estonia',
      '30 April 2031',
      'Open',
      '2. Opening and adoption of the agenda',
    ]);
  });

  it('says when a meeting has been cancelled, and answers 404 for no meeting and 401 to visitors', async () => {
    const meeting = await scheduleWithAgenda({ reportIds: [], threadIds: [] });
    ok(await cast.chair.post(`/api/v1/meetings/${meeting.id}/cancel`, { reason: 'Venue closed' }), 200);
    const { text } = await pack(cast.ee, meeting.id);
    expectInOrder(text, [MEETING.title, 'This meeting has been cancelled: Venue closed', 'Agenda']);

    const missing = await cast.dk.get('/api/v1/meetings/0190a6c4-7d1e-7000-8000-00000000dead/pack.pdf');
    expect(missing.statusCode).toBe(404);
    expect(ProblemDetails.parse(missing.json()).code).toBe('NOT_FOUND');
    expect((await cast.dk.get('/api/v1/meetings/not-an-id/pack.pdf')).statusCode).toBe(400);
    expect((await browser(t.app).get(`/api/v1/meetings/${meeting.id}/pack.pdf`)).statusCode).toBe(401);
  });
});
