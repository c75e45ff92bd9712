import {
  MeetingDetail,
  MinutesRevisionDetail,
  MinutesRevisionSummary,
  MinutesView,
  ProblemDetails,
} from '@egcc/contracts';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { browser, type Browser } from './support/http-client';
import { createMember } from './support/members';
import { createTestApp, type TestApp } from './support/test-app';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

type Who = 'chair' | 'admin' | 'dk' | 'ee' | 'observer';

describe('meetings: minutes drafted, circulated, commented, revised, approved and locked', () => {
  let t: TestApp;
  let cast: Record<Who, Browser>;
  let ids: Record<Who, string>;
  let emails: Record<Who, string>;
  /** A meeting held two months ago with a two-item agenda; the next meeting is a month away. */
  let meetingId: string;
  let itemIds: [string, string];
  let nextMeetingId: string;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const makeMeeting = async (title: string, startsAt: Date, extra: { cancelledAt?: Date } = {}) =>
    t.prisma.meeting.create({
      data: {
        title,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 8 * HOUR),
        timeZone: 'Europe/Tallinn',
        place: 'Tallinn',
        status: 'AGENDA_PUBLISHED',
        ...extra,
        agendaItems: {
          create: [
            {
              position: 1,
              title: 'Opening and adoption of the agenda',
              kind: 'DECISION',
              durationMinutes: 15,
            },
            { position: 2, title: 'National developments', kind: 'DISCUSSION', durationMinutes: 90 },
          ],
        },
      },
      include: { agendaItems: { orderBy: { position: 'asc' } } },
    });

  beforeEach(async () => {
    await t.resetData();
    const people: Record<Who, Parameters<typeof createMember>[1]> = {
      chair: { name: 'Aino Virtanen', roles: ['CHAIR', 'DELEGATE'], delegation: 'fi' },
      admin: { name: 'Sam Secretariat', roles: ['ADMIN'], delegation: null },
      dk: { name: 'Mette Hansen', roles: ['DELEGATE'], delegation: 'dk' },
      ee: { name: 'Kadri Tamm', roles: ['DELEGATE'], delegation: 'ee' },
      observer: { name: 'Olivier Dubois', roles: ['OBSERVER'], delegation: 'ec' },
    };
    const made = await Promise.all(
      (Object.keys(people) as Who[]).map(async (who) => {
        const member = await createMember(t.prisma, people[who]);
        return [who, member, await browser(t.app).signIn(member.email)] as const;
      }),
    );
    cast = Object.fromEntries(made.map(([who, , client]) => [who, client])) as Record<Who, Browser>;
    ids = Object.fromEntries(made.map(([who, member]) => [who, member.id])) as Record<Who, string>;
    emails = Object.fromEntries(made.map(([who, member]) => [who, member.email])) as Record<Who, string>;
    // Someone who left the group hears nothing.
    await createMember(t.prisma, { delegation: 'lv', status: 'DEACTIVATED' });
    const held = await makeMeeting('Spring plenary', new Date(Date.now() - 60 * DAY));
    meetingId = held.id;
    itemIds = [held.agendaItems[0]!.id, held.agendaItems[1]!.id];
    nextMeetingId = (await makeMeeting('Autumn plenary', new Date(Date.now() + 30 * DAY))).id;
  });

  const url = (suffix = '', id = meetingId) => `/api/v1/meetings/${id}/minutes${suffix}`;
  const general = (body: string) => ({ agendaItemId: null, body });
  const onItem = (index: 0 | 1, body: string) => ({ agendaItemId: itemIds[index], body });

  const expectOk = <T>(
    response: { statusCode: number; body: string; json(): unknown },
    schema: z.ZodType<T>,
    status = 200,
  ) => {
    expect(`${response.statusCode} ${response.statusCode === status ? '' : response.body}`.trim()).toBe(
      `${status}`,
    );
    return schema.parse(response.json());
  };
  const problem = (response: { statusCode: number; json(): unknown }, status: number) => {
    expect(response.statusCode).toBe(status);
    return ProblemDetails.parse(response.json());
  };

  const save = (client: Browser, version: number, entries: unknown[], id = meetingId) =>
    client.put(url('', id), { version, entries });
  const saved = async (client: Browser, version: number, entries: unknown[]) =>
    expectOk(await save(client, version, entries), MinutesView);
  const circulate = (client: Browser, version: number, note?: string) =>
    client.post(url('/circulate'), { version, ...(note ? { note } : {}) });
  const approve = (client: Browser, version: number, approvedAtMeetingId?: string | null) =>
    client.post(url('/approve'), {
      version,
      ...(approvedAtMeetingId !== undefined ? { approvedAtMeetingId } : {}),
    });
  const comment = (client: Browser, body: string, agendaItemId: string | null = null) =>
    client.post(url('/comments'), { agendaItemId, body });
  const read = async (client: Browser) => expectOk(await client.get(url()), MinutesView);
  const startNextMeeting = () =>
    t.prisma.meeting.update({
      where: { id: nextMeetingId },
      data: { startsAt: new Date(Date.now() - HOUR) },
    });
  const stored = () =>
    t.prisma.minutes.findUniqueOrThrow({
      where: { meetingId },
      include: {
        entries: { orderBy: { body: 'asc' } },
        revisions: { orderBy: { version: 'asc' } },
        comments: { orderBy: { createdAt: 'asc' } },
      },
    });
  const noticesOf = async (kind: 'MINUTES_CIRCULATED' | 'MINUTES_APPROVED') =>
    (await t.prisma.notification.findMany({ where: { kind, meetingId }, select: { userId: true } }))
      .map((n) => n.userId)
      .sort();
  const mailsOf = (template: string) => t.prisma.outboxMessage.findMany({ where: { template } });
  const actions = async (client: Browser, id = meetingId) =>
    expectOk(await client.get(`/api/v1/meetings/${id}`), MeetingDetail).actions;

  /** Drafted (v1), circulated (v2). */
  const circulated = async () => {
    await saved(cast.chair, 1, [general('Present: all delegations.'), onItem(0, 'The agenda was adopted.')]);
    return expectOk(await circulate(cast.chair, 1), MinutesView);
  };

  describe('drafting', () => {
    it('waits for the meeting to start, and never for a cancelled meeting', async () => {
      const upcoming = await makeMeeting('Upcoming', new Date(Date.now() + 2 * DAY));
      const early = problem(await save(cast.chair, 1, [general('Too early')], upcoming.id), 409);
      expect(early.detail).toMatch(/once the meeting has started/);
      expect((await actions(cast.chair, upcoming.id)).editMinutes).toBe(false);

      const cancelled = await makeMeeting('Called off', new Date(Date.now() - 2 * DAY), {
        cancelledAt: new Date(),
      });
      expect(problem(await save(cast.chair, 1, [general('Never held')], cancelled.id), 409).detail).toMatch(
        /cancelled/,
      );
      expect((await actions(cast.chair, cancelled.id)).editMinutes).toBe(false);
      expect(await t.prisma.minutes.count()).toBe(0);
    });

    it('lets only chairs and admins write and read drafts; to others a draft does not exist', async () => {
      expect((await actions(cast.chair)).editMinutes).toBe(true);
      problem(await cast.chair.get(url()), 404);

      for (const who of ['dk', 'observer'] as const) {
        problem(await save(cast[who], 1, [general('Mine')]), 403);
        expect(await actions(cast[who])).toMatchObject({
          editMinutes: false,
          circulateMinutes: false,
          approveMinutes: false,
          commentMinutes: false,
        });
      }
      expect(await t.prisma.minutes.count()).toBe(0);

      const first = await saved(cast.chair, 1, [
        general('Present: all delegations.'),
        onItem(1, 'Denmark reported.'),
      ]);
      expect(first).toMatchObject({ status: 'DRAFT', version: 1, circulatedAt: null, comments: [] });
      // The general part first, then the items in agenda order, rendered.
      expect(first.entries.map((e) => [e.agendaItemTitle, e.position, e.body.html.trim()])).toEqual([
        [null, null, '<p>Present: all delegations.</p>'],
        ['National developments', 2, '<p>Denmark reported.</p>'],
      ]);
      const second = await saved(cast.admin, 1, [
        general('Present: all delegations.'),
        onItem(0, '**Adopted**'),
      ]);
      expect(second.version).toBe(2);
      expect(second.entries.map((e) => e.agendaItemId)).toEqual([null, itemIds[0]]);
      expect((await actions(cast.chair)).circulateMinutes).toBe(true);

      for (const who of ['dk', 'ee', 'observer'] as const) {
        expect(problem(await cast[who].get(url()), 404).detail).toMatch(/not been circulated/);
        problem(await cast[who].get(url('/revisions')), 404);
        problem(await cast[who].get(url('/revisions/1')), 404);
        problem(await circulate(cast[who], 2), 403);
        problem(await approve(cast[who], 2), 403);
      }
      problem(await comment(cast.dk, 'Too early'), 404);
      problem(await comment(cast.observer, 'Not mine to say'), 403);
      expect((await read(cast.admin)).version).toBe(2);

      const audit = await t.prisma.auditEvent.findMany({
        where: { targetType: 'minutes' },
        orderBy: { id: 'asc' },
        select: { action: true, actorId: true },
      });
      expect(audit).toEqual([
        { action: 'minutes.created', actorId: ids.chair },
        { action: 'minutes.saved', actorId: ids.admin },
      ]);
    });

    it('refuses a save based on an older version, naming the current one, and changes nothing', async () => {
      await saved(cast.chair, 1, [general('First')]);
      await saved(cast.admin, 1, [general('Second')]);
      const stale = await save(cast.chair, 1, [general('Third, from an old copy')]);
      const body = problem(stale, 409) as ProblemDetails & { currentVersion?: number };
      expect(body.currentVersion).toBe(2);
      expect(body.detail).toMatch(/version 1.*version 2/);
      const minutes = await stored();
      expect(minutes.version).toBe(2);
      expect(minutes.entries.map((e) => e.body)).toEqual(['Second']);
      expect(minutes.revisions).toHaveLength(2);
    });

    it('of two saves of one version, keeps one and refuses the other', async () => {
      await saved(cast.chair, 1, [general('First')]);
      const [a, b] = await Promise.all([
        save(cast.chair, 1, [general('From the chair')]),
        save(cast.admin, 1, [general('From the secretariat')]),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      const minutes = await stored();
      expect(minutes.version).toBe(2);
      expect(minutes.revisions.map((r) => r.version)).toEqual([1, 2]);
    });

    it('answers bad input with a clear 4xx and changes nothing', async () => {
      const other = await makeMeeting('Another meeting', new Date(Date.now() - 90 * DAY));
      await saved(cast.chair, 1, [general('Kept')]);
      const foreign = problem(
        await save(cast.chair, 1, [{ agendaItemId: other.agendaItems[0]!.id, body: 'x' }]),
        400,
      );
      expect(foreign.errors).toEqual([
        expect.objectContaining({
          pointer: '/entries/0/agendaItemId',
          detail: 'is not an item of this meeting’s agenda',
        }),
      ]);
      problem(await save(cast.chair, 1, [{ agendaItemId: randomUUID(), body: 'x' }]), 400);
      problem(await save(cast.chair, 1, [onItem(0, 'a'), onItem(0, 'b')]), 400);
      problem(await save(cast.chair, 1, [general('a'), general('b')]), 400);
      problem(await save(cast.chair, 0, [general('a')]), 400);
      problem(await save(cast.chair, 2 ** 31, [general('a')]), 400);
      problem(await cast.chair.put(url(), { version: '1', entries: [] }), 400);
      problem(await cast.chair.put(url(), { version: 1 }), 400);
      problem(await save(cast.chair, 1, [general('x'.repeat(50_001))]), 400);
      problem(await save(cast.chair, 1, [{ agendaItemId: 'item-1', body: 'x' }]), 400);
      problem(await cast.chair.put(`/api/v1/meetings/not-an-id/minutes`, { version: 1, entries: [] }), 400);
      problem(await save(cast.chair, 1, [general('x')], randomUUID()), 404);
      problem(await cast.chair.get(url('/revisions/abc')), 400);
      problem(await cast.chair.get(url('/revisions/99999999999')), 400);
      problem(await cast.chair.get(url('/revisions/7')), 404);
      problem(await cast.chair.post(url('/circulate'), { version: 'one' }), 400);
      problem(await cast.chair.post(url('/circulate'), { version: 1, note: 'x'.repeat(2_001) }), 400);
      const minutes = await stored();
      expect(minutes.version).toBe(1);
      expect(minutes.status).toBe('DRAFT');
      expect(minutes.entries.map((e) => e.body)).toEqual(['Kept']);
      expect(minutes.revisions).toHaveLength(1);
    });

    it('keeps the text of an item removed from the agenda in the general part, folded together on the next save', async () => {
      await saved(cast.chair, 1, [general('Present: all.'), onItem(1, 'Reports were presented.')]);
      await t.prisma.agendaItem.delete({ where: { id: itemIds[1] } });
      const view = await read(cast.chair);
      expect(view.entries.map((e) => [e.agendaItemId, e.body.markdown])).toEqual([
        [
          null,
          expect.stringMatching(
            /Present: all\.\n\nReports were presented\.|Reports were presented\.\n\nPresent: all\./,
          ),
        ],
      ]);
      const next = await saved(cast.chair, 1, [general(view.entries[0]!.body.markdown)]);
      expect(next.entries).toHaveLength(1);
      expect((await stored()).entries).toHaveLength(1);
    });

    it('does not circulate empty minutes', async () => {
      await saved(cast.chair, 1, [general('   '), onItem(0, '')]);
      expect(problem(await circulate(cast.chair, 1), 409).detail).toMatch(/empty/);
      expect((await stored()).status).toBe('DRAFT');
      expect(await noticesOf('MINUTES_CIRCULATED')).toEqual([]);
    });
  });

  describe('circulating, commenting and revising', () => {
    it('circulates the draft to every active member once, by notice and mail', async () => {
      await saved(cast.chair, 1, [general('Present: all delegations.')]);
      const view = expectOk(await circulate(cast.chair, 1, 'Comments by 15 December, please.'), MinutesView);
      expect(view).toMatchObject({ status: 'CIRCULATED', version: 2 });
      expect(view.circulatedAt).not.toBeNull();
      expect(await noticesOf('MINUTES_CIRCULATED')).toEqual([ids.admin, ids.dk, ids.ee, ids.observer].sort());
      const mails = await mailsOf('notification:minutes_circulated');
      expect(mails.map((m) => m.toAddress).sort()).toEqual(
        [emails.admin, emails.dk, emails.ee, emails.observer].sort(),
      );
      expect(mails[0]!.subject).toBe('[EGCC] Draft minutes of “Spring plenary” circulated for comment');
      expect(mails[0]!.textBody).toContain('Comments by 15 December, please.');
      expect(mails[0]!.textBody).toContain(`/meetings/${meetingId}#minutes`);
      expect((await t.prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } })).status).toBe('HELD');

      // Once: circulating again is refused and tells nobody.
      expect(problem(await circulate(cast.chair, 2), 409).detail).toMatch(/already been circulated/);
      expect(await noticesOf('MINUTES_CIRCULATED')).toHaveLength(4);
      expect(await mailsOf('notification:minutes_circulated')).toHaveLength(4);
    });

    it('of two circulations of one version, lets one through', async () => {
      await saved(cast.chair, 1, [general('Present')]);
      const answers = await Promise.all([circulate(cast.chair, 1), circulate(cast.admin, 1)]);
      expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
      expect((await stored()).revisions.map((r) => [r.version, r.status])).toEqual([
        [1, 'DRAFT'],
        [2, 'CIRCULATED'],
      ]);
      expect(await noticesOf('MINUTES_CIRCULATED')).toHaveLength(4);
    });

    it('lets members read circulated minutes, writers comment (not observers), and keeps comments with their version', async () => {
      await circulated();
      for (const who of ['dk', 'ee', 'observer', 'admin'] as const) {
        const view = await read(cast[who]);
        expect(view).toMatchObject({ status: 'CIRCULATED', version: 2 });
        expect(view.entries).toHaveLength(2);
      }
      expect((await actions(cast.dk)).commentMinutes).toBe(true);
      expect((await actions(cast.observer)).commentMinutes).toBe(false);
      expect((await actions(cast.chair)).editMinutes).toBe(true);

      const first = expectOk(
        await comment(cast.dk, 'Denmark was *also* represented online.', itemIds[0]),
        MinutesView,
        201,
      );
      expect(first.comments).toEqual([
        expect.objectContaining({
          agendaItemId: itemIds[0],
          version: 2,
          author: expect.objectContaining({ id: ids.dk, name: 'Mette Hansen' }),
          body: expect.objectContaining({ markdown: 'Denmark was *also* represented online.' }),
        }),
      ]);
      expect(problem(await comment(cast.observer, 'An observer’s view'), 403).status).toBe(403);
      problem(await comment(cast.ee, '   '), 400);
      problem(await comment(cast.ee, 'x'.repeat(10_001)), 400);
      const other = await makeMeeting('Another meeting', new Date(Date.now() - 90 * DAY));
      const foreign = problem(await comment(cast.ee, 'Wrong item', other.agendaItems[0]!.id), 400);
      expect(foreign.errors?.[0]).toMatchObject({ pointer: '/agendaItemId' });

      // The chair revises while circulated: a new version, still circulated; the comment stays on version 2.
      const revised = await saved(cast.chair, 2, [
        general('Present: all delegations; Denmark online.'),
        onItem(0, 'The agenda was adopted.'),
      ]);
      expect(revised).toMatchObject({ status: 'CIRCULATED', version: 3 });
      expect(revised.comments.map((c) => c.version)).toEqual([2]);
      const second = expectOk(await comment(cast.ee, 'Agreed.'), MinutesView, 201);
      expect(second.comments.map((c) => [c.author?.name, c.version, c.agendaItemId])).toEqual([
        ['Mette Hansen', 2, itemIds[0]],
        ['Kadri Tamm', 3, null],
      ]);
      // The observer sees the comments too.
      expect((await read(cast.observer)).comments).toHaveLength(2);
      // Revising tells nobody again.
      expect(await noticesOf('MINUTES_CIRCULATED')).toHaveLength(4);
    });
  });

  describe('approval', () => {
    it('waits for the next meeting to start, then approves at it, locks the minutes and tells members once', async () => {
      await circulated();
      const view = await read(cast.chair);
      expect(view.nextMeeting).toMatchObject({ id: nextMeetingId, title: 'Autumn plenary' });
      expect(view.approvalMeetings).toEqual([]);
      const early = problem(await approve(cast.chair, 2), 409);
      expect(early.detail).toMatch(/next meeting, “Autumn plenary”, once it has started/);
      expect((await stored()).status).toBe('CIRCULATED');

      // Naming a meeting does not get round it: an earlier one, a cancelled one, one not yet started.
      const earlier = await makeMeeting('Earlier', new Date(Date.now() - 120 * DAY));
      expect(problem(await approve(cast.chair, 2, earlier.id), 409).detail).toMatch(/later meeting/);
      const cancelled = await makeMeeting('Cancelled extra', new Date(Date.now() - 2 * DAY), {
        cancelledAt: new Date(),
      });
      expect(problem(await approve(cast.chair, 2, cancelled.id), 409).detail).toMatch(/cancelled/);
      problem(await approve(cast.chair, 2, nextMeetingId), 409);
      problem(await approve(cast.chair, 2, randomUUID()), 409);
      problem(await approve(cast.chair, 2, 'next'), 400);
      expect((await stored()).status).toBe('CIRCULATED');
      expect(await noticesOf('MINUTES_APPROVED')).toEqual([]);

      await startNextMeeting();
      expect((await read(cast.chair)).approvalMeetings.map((m) => m.id)).toEqual([nextMeetingId]);
      expect((await actions(cast.chair)).approveMinutes).toBe(true);
      problem(await approve(cast.chair, 1), 409);
      const approved = expectOk(await approve(cast.admin, 2), MinutesView);
      expect(approved).toMatchObject({
        status: 'APPROVED',
        version: 3,
        approvedBy: expect.objectContaining({ id: ids.admin }),
        approvedAtMeeting: expect.objectContaining({ id: nextMeetingId, title: 'Autumn plenary' }),
      });
      expect((await t.prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } })).status).toBe(
        'MINUTES_APPROVED',
      );
      expect(await noticesOf('MINUTES_APPROVED')).toEqual([ids.chair, ids.dk, ids.ee, ids.observer].sort());
      const notice = await t.prisma.notification.findFirstOrThrow({
        where: { kind: 'MINUTES_APPROVED', userId: ids.dk },
      });
      expect(notice.payload).toMatchObject({
        title: 'Minutes of “Spring plenary” approved',
        link: `/meetings/${meetingId}#minutes`,
      });
      for (const who of ['dk', 'observer'] as const) expect((await read(cast[who])).status).toBe('APPROVED');
      const audit = await t.prisma.auditEvent.findMany({
        where: { targetType: 'minutes' },
        orderBy: { id: 'asc' },
        select: { action: true, actorId: true, details: true },
      });
      expect(audit.map((a) => [a.action, a.actorId])).toEqual([
        ['minutes.created', ids.chair],
        ['minutes.circulated', ids.chair],
        ['minutes.approved', ids.admin],
      ]);
      expect(audit[2]!.details).toMatchObject({ meetingId, version: 3, approvedAtMeetingId: nextMeetingId });
    });

    it('is refused when no next meeting is scheduled, and for a draft', async () => {
      await t.prisma.meeting.delete({ where: { id: nextMeetingId } });
      await saved(cast.chair, 1, [general('Present')]);
      expect(problem(await approve(cast.chair, 1), 409).detail).toMatch(/circulate them/);
      expectOk(await circulate(cast.chair, 1), MinutesView);
      expect(problem(await approve(cast.chair, 2), 409).detail).toMatch(/none is scheduled/);
    });

    it('locks approved minutes: every write is 409 and nothing changes', async () => {
      await circulated();
      await comment(cast.dk, 'Fine by Denmark.');
      await startNextMeeting();
      expectOk(await approve(cast.chair, 2), MinutesView);
      const before = await stored();
      const notices = await t.prisma.notification.count();
      const mails = await t.prisma.outboxMessage.count();

      for (const client of [cast.chair, cast.admin]) {
        expect(problem(await save(client, 3, [general('Changed afterwards')]), 409).detail).toMatch(/locked/);
        expect(problem(await save(client, 2, [general('Changed afterwards')]), 409).detail).toMatch(/locked/);
        expect(problem(await circulate(client, 3), 409).detail).toMatch(/locked/);
        expect(problem(await approve(client, 3), 409).detail).toMatch(/locked/);
        expect(problem(await comment(client, 'Too late'), 409).detail).toMatch(/locked/);
      }
      expect(problem(await comment(cast.dk, 'Too late'), 409).detail).toMatch(/locked/);
      expect(await actions(cast.chair)).toMatchObject({
        editMinutes: false,
        circulateMinutes: false,
        approveMinutes: false,
        commentMinutes: false,
      });
      expect(await stored()).toEqual(before);
      expect(await t.prisma.notification.count()).toBe(notices);
      expect(await t.prisma.outboxMessage.count()).toBe(mails);
    });
  });

  describe('versions', () => {
    it('keeps every version, readable by writers; members see those since circulation', async () => {
      await saved(cast.chair, 1, [general('Draft one')]);
      await saved(cast.chair, 1, [general('Draft two'), onItem(1, 'Reports were presented.')]);
      expectOk(await circulate(cast.chair, 2), MinutesView);
      await saved(cast.chair, 3, [general('Revised after comments'), onItem(1, 'Reports were presented.')]);
      await startNextMeeting();
      expectOk(await approve(cast.chair, 4), MinutesView);

      const all = expectOk(await cast.chair.get(url('/revisions')), z.array(MinutesRevisionSummary));
      expect(all.map((r) => [r.version, r.status])).toEqual([
        [5, 'APPROVED'],
        [4, 'CIRCULATED'],
        [3, 'CIRCULATED'],
        [2, 'DRAFT'],
        [1, 'DRAFT'],
      ]);
      expect(all.every((r) => r.createdBy?.id === ids.chair)).toBe(true);
      const members = expectOk(await cast.observer.get(url('/revisions')), z.array(MinutesRevisionSummary));
      expect(members.map((r) => r.version)).toEqual([5, 4, 3]);

      const one = expectOk(await cast.admin.get(url('/revisions/1')), MinutesRevisionDetail);
      expect(one.snapshot.entries).toEqual([
        { agendaItemId: null, agendaItemTitle: null, position: null, body: 'Draft one' },
      ]);
      const four = expectOk(await cast.dk.get(url('/revisions/4')), MinutesRevisionDetail);
      expect(four.entries.map((e) => [e.agendaItemTitle, e.position, e.body.markdown])).toEqual([
        [null, null, 'Revised after comments'],
        ['National developments', 2, 'Reports were presented.'],
      ]);
      expect(four.status).toBe('CIRCULATED');
      expect(problem(await cast.dk.get(url('/revisions/2')), 404).detail).toMatch(/no version 2/);
    });
  });
});
