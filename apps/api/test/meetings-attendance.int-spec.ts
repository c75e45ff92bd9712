import { AttendanceReminderResult, AttendanceRoster, AttendanceView, ProblemDetails } from '@egcc/contracts';
import { randomUUID } from 'node:crypto';
import { browser, type Browser } from './support/http-client';
import { createMember } from './support/members';
import { createTestApp, type TestApp } from './support/test-app';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe('meetings: attendance answers, roster and reminders', () => {
  let t: TestApp;
  let cast: {
    dk: Browser;
    dk2: Browser;
    ee: Browser;
    chair: Browser;
    observer: Browser;
    admin: Browser;
    ids: Record<'dk' | 'dk2' | 'ee' | 'chair' | 'observer' | 'admin' | 'deactivated' | 'invited', string>;
  };
  let meetingId: string;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const makeMeeting = async (data: { startsAt?: Date; endsAt?: Date; cancelledAt?: Date } = {}) => {
    const startsAt = data.startsAt ?? new Date(Date.now() + 30 * DAY);
    const meeting = await t.prisma.meeting.create({
      data: {
        title: 'Spring plenary',
        startsAt,
        endsAt: data.endsAt ?? new Date(startsAt.getTime() + 8 * HOUR),
        timeZone: 'Europe/Tallinn',
        place: 'Tallinn, Ministry of Social Affairs',
        status: 'AGENDA_PUBLISHED',
        cancelledAt: data.cancelledAt ?? null,
      },
    });
    return meeting.id;
  };

  beforeEach(async () => {
    await t.resetData();
    const make = async (overrides: Parameters<typeof createMember>[1]) => {
      const member = await createMember(t.prisma, overrides);
      return { id: member.id, client: await browser(t.app).signIn(member.email) };
    };
    const dk = await make({ name: 'Mette Hansen', roles: ['DELEGATE'], delegation: 'dk' });
    const dk2 = await make({ name: 'Søren Nielsen', roles: ['DELEGATE'], delegation: 'dk' });
    const ee = await make({ name: 'Kadri Tamm', roles: ['DELEGATE'], delegation: 'ee' });
    const chair = await make({ name: 'Aino Virtanen', roles: ['CHAIR', 'DELEGATE'], delegation: 'fi' });
    const observer = await make({ name: 'Olivier Dubois', roles: ['OBSERVER'], delegation: 'ec' });
    const admin = await make({ name: 'Sam Secretariat', roles: ['ADMIN'], delegation: null });
    // Neither is expected to answer: one has left, the other has not accepted the invitation.
    const deactivated = await createMember(t.prisma, {
      name: 'Former Delegate',
      delegation: 'ee',
      status: 'DEACTIVATED',
    });
    const invited = await createMember(t.prisma, {
      name: 'Invited Delegate',
      delegation: 'dk',
      status: 'INVITED',
      password: null,
    });
    cast = {
      dk: dk.client,
      dk2: dk2.client,
      ee: ee.client,
      chair: chair.client,
      observer: observer.client,
      admin: admin.client,
      ids: {
        dk: dk.id,
        dk2: dk2.id,
        ee: ee.id,
        chair: chair.id,
        observer: observer.id,
        admin: admin.id,
        deactivated: deactivated.id,
        invited: invited.id,
      },
    };
    meetingId = await makeMeeting();
  });

  const url = (id = meetingId) => `/api/v1/meetings/${id}/attendance`;
  const answer = async (client: Browser, body: unknown, id = meetingId) => client.put(url(id), body);
  const mine = async (client: Browser, id = meetingId) => {
    const response = await client.get(`${url(id)}/me`);
    expect(response.statusCode).toBe(200);
    return AttendanceView.nullable().parse(response.json());
  };
  const roster = async (client: Browser) => {
    const response = await client.get(url());
    expect(response.statusCode).toBe(200);
    return AttendanceRoster.parse(response.json());
  };
  const remind = async (client: Browser) => {
    const response = await client.post(`${url()}/reminders`);
    expect(response.statusCode).toBe(200);
    return AttendanceReminderResult.parse(response.json());
  };
  const stored = () =>
    t.prisma.attendance.findMany({
      where: { meetingId },
      select: { userId: true, response: true, comment: true },
      orderBy: { userId: 'asc' },
    });
  const reminded = async () =>
    (
      await t.prisma.notification.findMany({
        where: { kind: 'ATTENDANCE_REMINDER', meetingId },
        select: { userId: true },
      })
    )
      .map((n) => n.userId)
      .sort();

  describe('answering', () => {
    it('lets every role answer for itself, change the answer, and read it back', async () => {
      for (const role of ['dk', 'chair', 'observer', 'admin'] as const) {
        const client = cast[role];
        expect(await mine(client)).toBeNull();

        const first = await answer(client, {
          response: 'TENTATIVE',
          comment: 'Depends on the budget debate',
        });
        expect(first.statusCode).toBe(200);
        expect(AttendanceView.parse(first.json())).toMatchObject({
          meetingId,
          response: 'TENTATIVE',
          comment: 'Depends on the budget debate',
        });

        const second = await answer(client, { response: 'ONLINE' });
        expect(second.statusCode).toBe(200);
        expect(await mine(client)).toEqual({
          meetingId,
          response: 'ONLINE',
          comment: null,
          respondedAt: expect.any(String),
        });
        const rows = await t.prisma.attendance.findMany({ where: { meetingId, userId: cast.ids[role] } });
        expect(rows.map((r) => r.response)).toEqual(['ONLINE']);
      }
      const audit = await t.prisma.auditEvent.findMany({
        where: { action: 'attendance.answered', targetId: meetingId, actorId: cast.ids.observer },
        orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
      });
      expect(audit.map((e) => e.details)).toEqual([
        { response: 'TENTATIVE', comment: 'Depends on the budget debate', previous: null },
        {
          response: 'ONLINE',
          comment: null,
          previous: { response: 'TENTATIVE', comment: 'Depends on the budget debate' },
        },
      ]);
    });

    it('answers only for the member signed in: a user id in the body is ignored, and there is no route for one', async () => {
      const crafted = await answer(cast.dk, { response: 'NOT_ATTENDING', userId: cast.ids.ee });
      expect(crafted.statusCode).toBe(200);
      expect(await stored()).toEqual([{ userId: cast.ids.dk, response: 'NOT_ATTENDING', comment: null }]);
      expect(await mine(cast.ee)).toBeNull();

      const forOther = await cast.dk.put(`${url()}/${cast.ids.ee}`, { response: 'IN_PERSON' });
      expect(forOther.statusCode).toBe(404);
      expect(await mine(cast.ee)).toBeNull();
      expect((await mine(cast.dk))?.response).toBe('NOT_ATTENDING');
    });

    it('refuses an answer that is not one of the four, or too long a comment, and keeps the earlier answer', async () => {
      expect(
        (await answer(cast.dk, { response: 'IN_PERSON', comment: 'Arriving the evening before' })).statusCode,
      ).toBe(200);
      for (const body of [
        { response: 'MAYBE' },
        { response: 'in_person' },
        {},
        { response: 'ONLINE', comment: 'x'.repeat(501) },
      ]) {
        const response = await answer(cast.dk, body);
        expect(response.statusCode).toBe(400);
        const problem = ProblemDetails.parse(response.json());
        expect(problem.errors?.map((e) => e.pointer)).toEqual(['comment' in body ? '/comment' : '/response']);
      }
      expect(await stored()).toEqual([
        { userId: cast.ids.dk, response: 'IN_PERSON', comment: 'Arriving the evening before' },
      ]);
    });

    it('answers 404 for a meeting that does not exist, and 409 once a meeting has ended or was cancelled', async () => {
      const nowhere = randomUUID();
      expect((await answer(cast.dk, { response: 'ONLINE' }, nowhere)).statusCode).toBe(404);
      expect((await cast.dk.get(`${url(nowhere)}/me`)).statusCode).toBe(404);
      expect((await cast.chair.get(url(nowhere))).statusCode).toBe(404);
      expect((await cast.chair.post(`${url(nowhere)}/reminders`)).statusCode).toBe(404);

      const ended = await makeMeeting({
        startsAt: new Date(Date.now() - 10 * DAY),
        endsAt: new Date(Date.now() - 10 * DAY + 8 * HOUR),
      });
      const cancelled = await makeMeeting({ cancelledAt: new Date() });
      for (const id of [ended, cancelled]) {
        const response = await answer(cast.dk, { response: 'ONLINE' }, id);
        expect(response.statusCode).toBe(409);
        expect(ProblemDetails.parse(response.json()).detail).toMatch(
          id === ended ? /has ended/ : /cancelled/,
        );
        expect(await mine(cast.dk, id)).toBeNull();
        expect((await cast.chair.post(`${url(id)}/reminders`)).statusCode).toBe(409);
      }
      expect(await t.prisma.attendance.count()).toBe(0);
      expect(await t.prisma.notification.count()).toBe(0);
    });
  });

  describe('roster', () => {
    it('is for the chair and the secretariat only', async () => {
      expect((await cast.dk.get(url())).statusCode).toBe(403);
      expect((await cast.observer.get(url())).statusCode).toBe(403);
      expect((await browser(t.app).get(url())).statusCode).toBe(401);
      await roster(cast.chair);
      await roster(cast.admin);
    });

    it('lists every active member by delegation, with counts and who has not answered', async () => {
      await answer(cast.dk, { response: 'IN_PERSON' });
      await answer(cast.ee, { response: 'ONLINE', comment: 'From Tartu' });
      await answer(cast.observer, { response: 'TENTATIVE' });
      await answer(cast.admin, { response: 'NOT_ATTENDING' });

      const view = await roster(cast.chair);
      expect(view.meetingId).toBe(meetingId);
      expect(view.counts).toEqual({
        IN_PERSON: 1,
        ONLINE: 1,
        NOT_ATTENDING: 1,
        TENTATIVE: 1,
        notAnswered: 2,
      });
      expect(
        view.delegations.map((group) => ({
          delegation: group.delegation?.code ?? null,
          members: group.members.map((m) => [m.member.name, m.response]),
          notAnswered: group.counts.notAnswered,
        })),
      ).toEqual([
        {
          delegation: 'dk',
          members: [
            ['Mette Hansen', 'IN_PERSON'],
            ['Søren Nielsen', null],
          ],
          notAnswered: 1,
        },
        { delegation: 'ee', members: [['Kadri Tamm', 'ONLINE']], notAnswered: 0 },
        { delegation: 'ec', members: [['Olivier Dubois', 'TENTATIVE']], notAnswered: 0 },
        { delegation: 'fi', members: [['Aino Virtanen', null]], notAnswered: 1 },
        { delegation: null, members: [['Sam Secretariat', 'NOT_ATTENDING']], notAnswered: 0 },
      ]);
      expect(view.delegations[0]?.counts).toEqual({
        IN_PERSON: 1,
        ONLINE: 0,
        NOT_ATTENDING: 0,
        TENTATIVE: 0,
        notAnswered: 1,
      });
      expect(view.delegations[1]?.members[0]).toMatchObject({
        comment: 'From Tartu',
        respondedAt: expect.any(String),
      });
      expect(view.notAnswered.map((p) => p.name)).toEqual(['Aino Virtanen', 'Søren Nielsen']);
      // Members who left or have not joined yet are not expected to answer.
      const listed = view.delegations.flatMap((g) => g.members.map((m) => m.member.id));
      expect(listed).not.toContain(cast.ids.deactivated);
      expect(listed).not.toContain(cast.ids.invited);
      expect((await roster(cast.admin)).counts).toEqual(view.counts);
    });
  });

  describe('reminders', () => {
    it('go only to active members without an answer, not to whoever sends them, with a link to the meeting', async () => {
      await answer(cast.dk, { response: 'IN_PERSON' });
      await answer(cast.ee, { response: 'ONLINE' });
      await answer(cast.admin, { response: 'NOT_ATTENDING' });

      expect((await cast.dk.post(`${url()}/reminders`)).statusCode).toBe(403);
      expect((await cast.observer.post(`${url()}/reminders`)).statusCode).toBe(403);
      expect(await reminded()).toEqual([]);

      const result = await remind(cast.chair);
      expect(result).toMatchObject({ reminded: 2, alreadyReminded: 0 });
      expect(await reminded()).toEqual([cast.ids.dk2, cast.ids.observer].sort());
      const notice = await t.prisma.notification.findFirstOrThrow({
        where: { kind: 'ATTENDANCE_REMINDER', userId: cast.ids.dk2 },
      });
      expect(notice).toMatchObject({ actorId: cast.ids.chair, meetingId });
      expect(notice.payload).toMatchObject({
        title: expect.stringContaining('Spring plenary'),
        excerpt: expect.stringContaining('(Europe/Tallinn)'),
        link: `/meetings/${meetingId}`,
      });
      expect(
        await t.prisma.auditEvent.count({ where: { action: 'attendance.reminded', targetId: meetingId } }),
      ).toBe(1);
    });

    it('are produced once: a second reminder within 24 hours reminds nobody again and says so', async () => {
      await answer(cast.dk, { response: 'IN_PERSON' });
      await answer(cast.ee, { response: 'ONLINE' });
      await answer(cast.observer, { response: 'TENTATIVE' });

      expect(await remind(cast.chair)).toMatchObject({ reminded: 2, alreadyReminded: 0 });
      expect(await reminded()).toEqual([cast.ids.admin, cast.ids.dk2].sort());

      const again = await remind(cast.chair);
      expect(again).toMatchObject({ reminded: 0, alreadyReminded: 2 });
      expect(await reminded()).toEqual([cast.ids.admin, cast.ids.dk2].sort());
      expect(
        await t.prisma.auditEvent.count({ where: { action: 'attendance.reminded', targetId: meetingId } }),
      ).toBe(1);

      // The secretariat's reminder reaches the chair, who has not answered either; not the
      // members reminded already, nor those who answered since.
      await answer(cast.dk2, { response: 'ONLINE' });
      expect(await remind(cast.admin)).toMatchObject({ reminded: 1, alreadyReminded: 0 });
      expect(await reminded()).toEqual([cast.ids.admin, cast.ids.chair, cast.ids.dk2].sort());

      // A day later, those still without an answer may be reminded again.
      await t.prisma.notification.updateMany({
        where: { kind: 'ATTENDANCE_REMINDER', meetingId },
        data: { createdAt: new Date(Date.now() - DAY - HOUR) },
      });
      expect(await remind(cast.chair)).toMatchObject({ reminded: 1, alreadyReminded: 0 });
      const admins = await t.prisma.notification.count({
        where: { kind: 'ATTENDANCE_REMINDER', meetingId, userId: cast.ids.admin },
      });
      expect(admins).toBe(2);
    });

    it('sent at the same moment by two people still reach each member once', async () => {
      const [first, second] = await Promise.all([remind(cast.chair), remind(cast.admin)]);
      // The first reminds the five others; the second only the first one's sender, who had none.
      expect(first.reminded + second.reminded).toBe(6);
      const counts = await t.prisma.notification.groupBy({
        by: ['userId'],
        where: { kind: 'ATTENDANCE_REMINDER', meetingId },
        _count: true,
      });
      expect(counts.every((c) => c._count === 1)).toBe(true);
      expect(counts.map((c) => c.userId).sort()).toEqual(
        [cast.ids.dk, cast.ids.dk2, cast.ids.ee, cast.ids.observer, cast.ids.chair, cast.ids.admin].sort(),
      );
    });
  });
});
