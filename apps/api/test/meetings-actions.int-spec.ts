import {
  ActionItemDetail,
  ActionItemOverview,
  ActionItemPage,
  ActionItemSummary,
  Agenda,
  DecisionView,
  MeetingDetail,
  NotificationPage,
  ProblemDetails,
} from '@egcc/contracts';
import { z } from 'zod';
import { ActionItemRemindersService } from '../src/meetings/actions/action-item-reminders';
import { addDays, groupToday } from '../src/meetings/actions/action-item-views';
import { browser, type Browser } from './support/http-client';
import { createMember } from './support/members';
import { createTestApp, type TestApp } from './support/test-app';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A day in the group's calendar, counted from today. */
const inDays = (days: number) => addDays(groupToday(), days);

type Who = 'dk' | 'dk2' | 'ee' | 'chair' | 'observer' | 'admin';

describe('meetings: decisions and action items', () => {
  let t: TestApp;
  let as: Record<Who, Browser>;
  let ids: Record<Who, string>;
  let emails: Record<Who, string>;
  let dk: string;
  let ee: string;
  /** A meeting held last month, with a two-item agenda. */
  let held: { id: string; items: [string, string] };

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const delegationId = async (code: string) =>
    (await t.prisma.delegation.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;

  const makeMeeting = async (startsAt: Date, extra: { cancelledAt?: Date; title?: string } = {}) => {
    const meeting = await t.prisma.meeting.create({
      data: {
        title: extra.title ?? 'Autumn plenary',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 8 * HOUR),
        timeZone: 'Europe/Tallinn',
        place: 'Tallinn',
        status: 'HELD',
        cancelledAt: extra.cancelledAt ?? null,
        agendaItems: {
          create: [
            { position: 1, title: 'Opening', kind: 'INFORMATION', durationMinutes: 15 },
            { position: 2, title: 'National developments', kind: 'DISCUSSION', durationMinutes: 90 },
          ],
        },
      },
      include: { agendaItems: { orderBy: { position: 'asc' } } },
    });
    return {
      id: meeting.id,
      items: [meeting.agendaItems[0]!.id, meeting.agendaItems[1]!.id] as [string, string],
    };
  };

  beforeEach(async () => {
    await t.resetData();
    const make = async (overrides: Parameters<typeof createMember>[1]) => {
      const member = await createMember(t.prisma, overrides);
      return { id: member.id, email: member.email, client: await browser(t.app).signIn(member.email) };
    };
    const cast = {
      dk: await make({ name: 'Mette Hansen', roles: ['DELEGATE'], delegation: 'dk' }),
      dk2: await make({ name: 'Søren Nielsen', roles: ['DELEGATE'], delegation: 'dk' }),
      ee: await make({ name: 'Kadri Tamm', roles: ['DELEGATE'], delegation: 'ee' }),
      chair: await make({ name: 'Aino Virtanen', roles: ['CHAIR', 'DELEGATE'], delegation: 'fi' }),
      observer: await make({ name: 'Olivier Dubois', roles: ['OBSERVER'], delegation: 'ec' }),
      admin: await make({ name: 'Sam Secretariat', roles: ['ADMIN'], delegation: null }),
    };
    const each = <T>(pick: (m: (typeof cast)[Who]) => T) =>
      Object.fromEntries(Object.entries(cast).map(([k, v]) => [k, pick(v)])) as Record<Who, T>;
    as = each((m) => m.client);
    ids = each((m) => m.id);
    emails = each((m) => m.email);
    dk = await delegationId('dk');
    ee = await delegationId('ee');
    held = await makeMeeting(new Date(Date.now() - 30 * DAY));
  });

  const problem = (response: { statusCode: number; json: () => unknown }, status: number) => {
    expect(`${response.statusCode}`).toBe(`${status}`);
    return ProblemDetails.parse(response.json());
  };
  const pointers = (response: { statusCode: number; json: () => unknown }) =>
    (problem(response, 400).errors ?? []).map((e) => e.pointer);

  const recordItem = async (
    body: Record<string, unknown>,
    meetingId = held.id,
    client: Browser = as.chair,
  ): Promise<ActionItemDetail> => {
    const response = await client.post(`/api/v1/meetings/${meetingId}/action-items`, {
      title: 'Share the national guidance on child-friendly interviews',
      ownerDelegationId: dk,
      dueOn: inDays(30),
      ...body,
    });
    expect(`${response.statusCode} ${response.body.slice(0, 300)}`).toMatch(/^201 /);
    return ActionItemDetail.parse(response.json());
  };

  const progress = (client: Browser, id: string, body: Record<string, unknown>) =>
    client.post(`/api/v1/action-items/${id}/progress`, body);

  const list = async (client: Browser, query: string) => {
    const response = await client.get(`/api/v1/action-items${query}`);
    expect(`${response.statusCode} ${response.body.slice(0, 300)}`).toMatch(/^200 /);
    return ActionItemPage.parse(response.json());
  };

  describe('recording', () => {
    it('lets chairs and the secretariat record decisions against agenda items, which every member reads', async () => {
      const created = await as.chair.post(`/api/v1/meetings/${held.id}/decisions`, {
        agendaItemId: held.items[1],
        text: 'The group adopts the guidance on child-friendly justice.',
      });
      expect(created.statusCode).toBe(201);
      const decision = DecisionView.parse(created.json());
      expect(decision).toMatchObject({
        meeting: { id: held.id },
        agendaItem: { id: held.items[1], title: 'National developments', position: 2 },
        recordedBy: { name: 'Aino Virtanen' },
        actionItemIds: [],
      });
      expect(
        (await as.admin.post(`/api/v1/meetings/${held.id}/decisions`, { text: 'Next meeting in Riga.' }))
          .statusCode,
      ).toBe(201);
      for (const who of ['dk', 'observer'] as const) {
        problem(
          await as[who].post(`/api/v1/meetings/${held.id}/decisions`, { text: 'Not mine to decide.' }),
          403,
        );
        problem(
          await as[who].patch(`/api/v1/meetings/${held.id}/decisions/${decision.id}`, { text: 'Changed' }),
          403,
        );
        problem(await as[who].delete(`/api/v1/meetings/${held.id}/decisions/${decision.id}`), 403);
      }

      const read = await as.observer.get(`/api/v1/meetings/${held.id}/decisions`);
      expect(read.statusCode).toBe(200);
      const decisions = z.array(DecisionView).parse(read.json());
      // Agenda order: the decision on item 2 first, the one on no item last.
      expect(decisions.map((d) => d.text)).toEqual([
        'The group adopts the guidance on child-friendly justice.',
        'Next meeting in Riga.',
      ]);

      const edited = await as.chair.patch(`/api/v1/meetings/${held.id}/decisions/${decision.id}`, {
        text: 'The group adopts the guidance on child-friendly justice, as amended.',
      });
      expect(edited.statusCode).toBe(200);
      expect(DecisionView.parse(edited.json()).text).toContain('as amended');

      // An action item that follows from the decision sits under the decision's agenda item.
      const item = await recordItem({ decisionId: decision.id });
      expect(item.agendaItem?.id).toBe(held.items[1]);
      const withItem = z
        .array(DecisionView)
        .parse((await as.dk.get(`/api/v1/meetings/${held.id}/decisions`)).json());
      expect(withItem[0]!.actionItemIds).toEqual([item.id]);

      expect((await as.admin.delete(`/api/v1/meetings/${held.id}/decisions/${decision.id}`)).statusCode).toBe(
        204,
      );
      const after = z
        .array(DecisionView)
        .parse((await as.ee.get(`/api/v1/meetings/${held.id}/decisions`)).json());
      expect(after.map((d) => d.text)).toEqual(['Next meeting in Riga.']);
      // The action item stays, no longer tied to the decision.
      const kept = ActionItemDetail.parse((await as.dk.get(`/api/v1/action-items/${item.id}`)).json());
      expect(kept.decisionId).toBeNull();

      const audit = await t.prisma.auditEvent.findMany({
        where: { targetType: { in: ['decision', 'action_item'] } },
        orderBy: { id: 'asc' },
        select: { action: true, targetType: true },
      });
      expect(audit.map((a) => `${a.targetType}:${a.action}`)).toEqual([
        'decision:decision.recorded',
        'decision:decision.recorded',
        'decision:decision.updated',
        'action_item:action_item.created',
        'decision:decision.deleted',
      ]);
    });

    it('lets chairs and the secretariat record action items owned by a member or a delegation; others are refused', async () => {
      const byChair = await recordItem({
        agendaItemId: held.items[1],
        description: 'Send it to the **secretariat**.',
      });
      expect(byChair).toMatchObject({
        meeting: { id: held.id, title: 'Autumn plenary' },
        agendaItem: { id: held.items[1] },
        owner: { kind: 'DELEGATION', delegation: { code: 'dk', name: 'Denmark' } },
        dueOn: inDays(30),
        status: 'OPEN',
        overdue: false,
        closedAt: null,
        canUpdate: true,
        createdBy: { name: 'Aino Virtanen' },
        updates: [],
      });
      expect(byChair.description.html).toContain('<strong>secretariat</strong>');
      const byAdmin = await recordItem({ ownerDelegationId: null, ownerUserId: ids.ee }, held.id, as.admin);
      expect(byAdmin.owner).toMatchObject({ kind: 'MEMBER', member: { name: 'Kadri Tamm' } });

      for (const who of ['dk', 'ee', 'observer'] as const) {
        problem(
          await as[who].post(`/api/v1/meetings/${held.id}/action-items`, {
            title: 'Not mine to assign',
            ownerDelegationId: dk,
            dueOn: inDays(10),
          }),
          403,
        );
        problem(await as[who].patch(`/api/v1/action-items/${byChair.id}`, { title: 'Changed title' }), 403);
        problem(await as[who].delete(`/api/v1/action-items/${byChair.id}`), 403);
      }

      const forMeeting = await as.observer.get(`/api/v1/meetings/${held.id}/action-items`);
      expect(forMeeting.statusCode).toBe(200);
      const items = z.array(ActionItemSummary).parse(forMeeting.json());
      expect(items.map((i) => i.id)).toEqual([byChair.id, byAdmin.id]);
      expect(items.every((i) => !i.canUpdate)).toBe(true);
      expect(
        ActionItemDetail.parse((await as.observer.get(`/api/v1/action-items/${byChair.id}`)).json()).id,
      ).toBe(byChair.id);

      const edited = await as.admin.patch(`/api/v1/action-items/${byChair.id}`, {
        title: 'Share the revised guidance',
        ownerUserId: ids.dk2,
      });
      expect(edited.statusCode).toBe(200);
      expect(ActionItemDetail.parse(edited.json())).toMatchObject({
        title: 'Share the revised guidance',
        owner: { kind: 'MEMBER', member: { name: 'Søren Nielsen' } },
      });

      expect((await as.chair.delete(`/api/v1/action-items/${byAdmin.id}`)).statusCode).toBe(204);
      problem(await as.chair.get(`/api/v1/action-items/${byAdmin.id}`), 404);
    });

    it('refuses bad input with a clear 4xx and records nothing', async () => {
      const other = await makeMeeting(new Date(Date.now() - 60 * DAY), { title: 'Summer plenary' });
      const otherDecision = DecisionView.parse(
        (
          await as.chair.post(`/api/v1/meetings/${other.id}/decisions`, {
            text: 'Another meeting’s decision',
          })
        ).json(),
      );
      const url = `/api/v1/meetings/${held.id}/action-items`;
      const base = { title: 'Prepare the study visit', ownerDelegationId: dk, dueOn: inDays(14) };
      const before = await t.prisma.actionItem.count();

      expect(pointers(await as.chair.post(url, { ...base, agendaItemId: other.items[0] }))).toEqual([
        '/agendaItemId',
      ]);
      expect(pointers(await as.chair.post(url, { ...base, decisionId: otherDecision.id }))).toEqual([
        '/decisionId',
      ]);
      expect(pointers(await as.chair.post(url, { ...base, ownerUserId: ids.dk }))).toContain('/ownerUserId');
      expect(pointers(await as.chair.post(url, { ...base, ownerDelegationId: null }))).toContain(
        '/ownerUserId',
      );
      const gone = await createMember(t.prisma, { delegation: 'lv', status: 'DEACTIVATED' });
      expect(
        pointers(await as.chair.post(url, { ...base, ownerDelegationId: null, ownerUserId: gone.id })),
      ).toEqual(['/ownerUserId']);
      expect(
        pointers(await as.chair.post(url, { ...base, ownerDelegationId: await delegationId('ru') })),
      ).toEqual(['/ownerDelegationId']);
      expect(pointers(await as.chair.post(url, { ...base, dueOn: '2026-02-30' }))).toEqual(['/dueOn']);
      expect(pointers(await as.chair.post(url, { ...base, title: 'x' }))).toEqual(['/title']);
      expect(
        pointers(
          await as.chair.post(`/api/v1/meetings/${held.id}/decisions`, {
            agendaItemId: other.items[0],
            text: 'Text',
          }),
        ),
      ).toEqual(['/agendaItemId']);
      problem(await as.chair.post(`/api/v1/meetings/${crypto.randomUUID()}/action-items`, base), 404);
      problem(await as.chair.post('/api/v1/meetings/not-an-id/action-items', base), 400);

      const cancelled = await makeMeeting(new Date(Date.now() - 10 * DAY), { cancelledAt: new Date() });
      problem(await as.chair.post(`/api/v1/meetings/${cancelled.id}/action-items`, base), 409);
      problem(
        await as.chair.post(`/api/v1/meetings/${cancelled.id}/decisions`, { text: 'Too late now' }),
        409,
      );
      expect(await t.prisma.actionItem.count()).toBe(before);
      expect(await t.prisma.decision.count()).toBe(1);

      const item = await recordItem({});
      expect(pointers(await progress(as.chair, item.id, {}))).toEqual(['/note']);
      expect(pointers(await progress(as.chair, item.id, { status: 'FINISHED' }))).toEqual(['/status']);
      // The status it already has, and no note: nothing to record.
      expect(pointers(await progress(as.chair, item.id, { status: 'OPEN' }))).toEqual(['/status']);
      expect(
        pointers(await as.chair.patch(`/api/v1/action-items/${item.id}`, { ownerDelegationId: null })),
      ).toEqual(['/ownerUserId']);
      expect(pointers(await as.chair.get('/api/v1/action-items?status=LATE'))).toEqual(['/status']);
      expect(pointers(await as.chair.get('/api/v1/action-items?cursor=nonsense'))).toEqual(['/cursor']);
      problem(await progress(as.chair, crypto.randomUUID(), { note: 'Anyone?' }), 404);
      const unchanged = ActionItemDetail.parse(
        (await as.chair.get(`/api/v1/action-items/${item.id}`)).json(),
      );
      expect(unchanged).toMatchObject({ status: 'OPEN', updates: [], owner: { kind: 'DELEGATION' } });
    });
  });

  describe('progress', () => {
    it('lets the owner, the delegates of the owning delegation and the chair report progress, keeping the history', async () => {
      const item = await recordItem({});
      const started = await progress(as.dk2, item.id, {
        status: 'IN_PROGRESS',
        note: 'Draft with the ministry.',
      });
      expect(started.statusCode).toBe(200);
      expect(ActionItemDetail.parse(started.json())).toMatchObject({
        status: 'IN_PROGRESS',
        canUpdate: true,
      });

      for (const who of ['ee', 'observer'] as const) {
        problem(await progress(as[who], item.id, { status: 'DONE' }), 403);
      }
      const done = ActionItemDetail.parse((await progress(as.dk, item.id, { status: 'DONE' })).json());
      expect(done.status).toBe('DONE');
      expect(done.closedAt).not.toBeNull();
      const noted = ActionItemDetail.parse(
        (await progress(as.dk, item.id, { note: 'Published on the ministry’s site.' })).json(),
      );
      expect(noted.closedAt).toBe(done.closedAt);
      const reopened = ActionItemDetail.parse(
        (await progress(as.chair, item.id, { status: 'OPEN', note: 'The annex is missing.' })).json(),
      );
      expect(reopened).toMatchObject({ status: 'OPEN', closedAt: null });
      expect(reopened.updates.map((u) => [u.author?.name, u.status, u.note])).toEqual([
        ['Søren Nielsen', 'IN_PROGRESS', 'Draft with the ministry.'],
        ['Mette Hansen', 'DONE', ''],
        ['Mette Hansen', null, 'Published on the ministry’s site.'],
        ['Aino Virtanen', 'OPEN', 'The annex is missing.'],
      ]);
      const dropped = ActionItemDetail.parse(
        (await progress(as.admin, item.id, { status: 'DROPPED' })).json(),
      );
      expect(dropped.closedAt).not.toBeNull();

      // A member's own item: observers follow up theirs too.
      const observers = await recordItem({ ownerDelegationId: null, ownerUserId: ids.observer });
      expect(
        ActionItemDetail.parse((await as.observer.get(`/api/v1/action-items/${observers.id}`)).json())
          .canUpdate,
      ).toBe(true);
      expect((await progress(as.observer, observers.id, { status: 'IN_PROGRESS' })).statusCode).toBe(200);
      problem(await progress(as.dk, observers.id, { note: 'Not mine' }), 403);
      const audit = await t.prisma.auditEvent.count({
        where: { targetType: 'action_item', action: 'action_item.progress' },
      });
      expect(audit).toBe(6);
    });
  });

  describe('carry-over', () => {
    const nextMeeting = {
      title: 'Spring plenary',
      startsAt: new Date(Date.now() + 60 * DAY).toISOString(),
      endsAt: new Date(Date.now() + 60 * DAY + 8 * HOUR).toISOString(),
      timeZone: 'Europe/Riga',
      place: 'Riga',
    };
    const schedule = async (body: Record<string, unknown> = {}) => {
      const response = await as.chair.post('/api/v1/meetings', { ...nextMeeting, ...body });
      expect(response.statusCode).toBe(201);
      return MeetingDetail.parse(response.json());
    };
    /** The agenda as the chair works on it (members read only its published versions). */
    const agendaOf = async (meetingId: string, client: Browser = as.chair) => {
      const response = await client.get(`/api/v1/meetings/${meetingId}/agenda`);
      expect(response.statusCode).toBe(200);
      return Agenda.parse(response.json());
    };

    it('opens the next meeting’s draft agenda with the follow-up item, listing the items still open', async () => {
      const open = await recordItem({ title: 'Open item from autumn' });
      const going = await recordItem({ title: 'Item in progress' });
      const done = await recordItem({ title: 'Item done' });
      const dropped = await recordItem({ title: 'Item dropped' });
      await progress(as.dk, going.id, { status: 'IN_PROGRESS' });
      await progress(as.dk, done.id, { status: 'DONE' });
      await progress(as.chair, dropped.id, { status: 'DROPPED' });

      const next = await schedule();
      const agenda = await agendaOf(next.id);
      expect(agenda.items).toHaveLength(1);
      const followUp = agenda.items[0]!;
      expect(followUp).toMatchObject({
        position: 1,
        title: 'Follow-up of action items',
        kind: 'DISCUSSION',
        isActionItemFollowUp: true,
      });
      expect(followUp.actionItems?.map((i) => [i.title, i.status])).toEqual([
        ['Open item from autumn', 'OPEN'],
        ['Item in progress', 'IN_PROGRESS'],
      ]);
      // Published, members read it too: owners may update their items there, observers not.
      expect((await as.chair.post(`/api/v1/meetings/${next.id}/agenda/publish`, {})).statusCode).toBe(201);
      expect((await agendaOf(next.id, as.dk)).items[0]!.actionItems?.every((i) => i.canUpdate)).toBe(true);
      expect((await agendaOf(next.id, as.observer)).items[0]!.actionItems?.every((i) => !i.canUpdate)).toBe(
        true,
      );

      // Closed before the meeting starts: off its list. The others' items stay as they are.
      await progress(as.dk, open.id, { status: 'DONE' });
      const later = await agendaOf(next.id);
      expect(later.items[0]!.actionItems?.map((i) => i.title)).toEqual(['Item in progress']);

      // The chair's items go after the follow-up item; a second one is refused.
      const added = await as.chair.post(`/api/v1/meetings/${next.id}/agenda-items`, {
        title: 'National developments',
        kind: 'DISCUSSION',
        durationMinutes: 60,
      });
      expect(added.statusCode).toBe(201);
      problem(await as.chair.post(`/api/v1/meetings/${next.id}/agenda/follow-up-item`), 409);
      problem(await as.dk.post(`/api/v1/meetings/${next.id}/agenda/follow-up-item`), 403);

      // A meeting before the one the items were recorded at does not follow them up.
      const earlier = await schedule({
        startsAt: new Date(Date.now() - 90 * DAY).toISOString(),
        endsAt: new Date(Date.now() - 90 * DAY + 2 * HOUR).toISOString(),
      });
      expect((await agendaOf(earlier.id)).items).toEqual([]);
    });

    it('lists on a past meeting’s follow-up item what was still open then, even if closed since', async () => {
      const item = await recordItem({ title: 'Open at the next meeting' }, held.id);
      const nextHeld = await makeMeeting(new Date(Date.now() - 2 * DAY), { title: 'Winter plenary' });
      expect((await as.chair.post(`/api/v1/meetings/${nextHeld.id}/agenda/follow-up-item`)).statusCode).toBe(
        201,
      );
      await progress(as.dk, item.id, { status: 'DONE', note: 'Done after the winter plenary.' });
      const agenda = await agendaOf(nextHeld.id);
      expect(agenda.items.map((i) => i.title)).toEqual([
        'Follow-up of action items',
        'Opening',
        'National developments',
      ]);
      expect(agenda.items[0]!.actionItems?.map((i) => [i.title, i.status])).toEqual([
        ['Open at the next meeting', 'DONE'],
      ]);
      expect(agenda.items[1]!.actionItems).toBeUndefined();
    });

    it('adds the follow-up item to a later draft agenda when an item is recorded after it was scheduled', async () => {
      const next = await schedule();
      expect((await agendaOf(next.id)).items).toEqual([]);
      await recordItem({ title: 'Recorded after the next meeting was scheduled' });
      const agenda = await agendaOf(next.id);
      expect(agenda.items[0]?.actionItems?.map((i) => i.title)).toEqual([
        'Recorded after the next meeting was scheduled',
      ]);
      // Done, the follow-up item removed, then reopened: the follow-up item comes back.
      const recorded = agenda.items[0]!.actionItems![0]!;
      await progress(as.dk, recorded.id, { status: 'DONE' });
      await as.chair.delete(`/api/v1/meetings/${next.id}/agenda-items/${agenda.items[0]!.id}`);
      expect((await agendaOf(next.id)).items).toEqual([]);
      await progress(as.chair, recorded.id, { status: 'OPEN', note: 'Not finished after all.' });
      const reopened = await agendaOf(next.id);
      expect(reopened.items[0]?.actionItems?.map((i) => i.status)).toEqual(['OPEN']);
      // Once removed by the chair, the chair may put it back.
      await as.chair.delete(`/api/v1/meetings/${next.id}/agenda-items/${reopened.items[0]!.id}`);
      const back = await as.chair.post(`/api/v1/meetings/${next.id}/agenda/follow-up-item`);
      expect(back.statusCode).toBe(201);
      expect(Agenda.parse(back.json()).items[0]!.isActionItemFollowUp).toBe(true);
    });
  });

  describe('overview and list', () => {
    /** Denmark: one open and overdue, one of a Danish member in progress, one done; Estonia one open; the secretariat one overdue. */
    async function portfolio() {
      const dkOverdue = await recordItem({ title: 'Danish overdue', dueOn: inDays(-3) });
      const dkMember = await recordItem({
        title: 'Søren’s item',
        ownerDelegationId: null,
        ownerUserId: ids.dk2,
        dueOn: inDays(20),
      });
      await progress(as.dk2, dkMember.id, { status: 'IN_PROGRESS' });
      const dkDone = await recordItem({ title: 'Danish done', dueOn: inDays(-10) });
      await progress(as.dk, dkDone.id, { status: 'DONE' });
      const eeOpen = await recordItem({ title: 'Estonian open', ownerDelegationId: ee, dueOn: inDays(5) });
      const secretariat = await recordItem({
        title: 'Secretariat overdue',
        ownerDelegationId: null,
        ownerUserId: ids.admin,
        dueOn: inDays(-1),
      });
      return { dkOverdue, dkMember, dkDone, eeOpen, secretariat };
    }

    it('counts open, in-progress and overdue items by owning delegation, for every member', async () => {
      await portfolio();
      const response = await as.observer.get('/api/v1/action-items/overview');
      expect(response.statusCode).toBe(200);
      const overview = ActionItemOverview.parse(response.json());
      expect(overview.rows.map((r) => [r.delegation?.code ?? null, r.open, r.inProgress, r.overdue])).toEqual(
        [
          ['dk', 1, 1, 1],
          ['ee', 1, 0, 0],
          [null, 1, 0, 1],
        ],
      );
      expect(overview.totals).toEqual({ open: 3, inProgress: 1, overdue: 2 });
    });

    it('filters by status, open, overdue, delegation, the reader’s own and the meeting, page by page', async () => {
      await portfolio();
      const titles = (page: ActionItemPage) => page.items.map((i) => i.title);
      const all = await list(as.observer, '');
      // Soonest due first.
      expect(titles(all)).toEqual([
        'Danish done',
        'Danish overdue',
        'Secretariat overdue',
        'Estonian open',
        'Søren’s item',
      ]);
      expect(all.items.filter((i) => i.overdue).map((i) => i.title)).toEqual([
        'Danish overdue',
        'Secretariat overdue',
      ]);
      expect(titles(await list(as.dk, '?overdue=true'))).toEqual(['Danish overdue', 'Secretariat overdue']);
      expect(titles(await list(as.dk, '?overdue=false'))).toEqual([
        'Danish done',
        'Estonian open',
        'Søren’s item',
      ]);
      expect(titles(await list(as.dk, '?delegation=dk'))).toEqual([
        'Danish done',
        'Danish overdue',
        'Søren’s item',
      ]);
      expect(titles(await list(as.dk, '?delegation=DK&open=true'))).toEqual([
        'Danish overdue',
        'Søren’s item',
      ]);
      expect(titles(await list(as.dk, '?open=false'))).toEqual(['Danish done']);
      expect(titles(await list(as.dk, '?status=IN_PROGRESS'))).toEqual(['Søren’s item']);
      // Mine: the delegation's items and the member's own.
      expect(titles(await list(as.dk2, '?mine=true&open=true'))).toEqual(['Danish overdue', 'Søren’s item']);
      expect(titles(await list(as.dk, '?mine=true&open=true'))).toEqual(['Danish overdue']);
      expect(titles(await list(as.admin, '?mine=true'))).toEqual(['Secretariat overdue']);
      expect(titles(await list(as.observer, '?mine=true'))).toEqual([]);
      const other = await makeMeeting(new Date(Date.now() - 5 * DAY));
      await recordItem({ title: 'Elsewhere' }, other.id);
      expect(titles(await list(as.dk, `?meetingId=${other.id}`))).toEqual(['Elsewhere']);

      const everything = titles(await list(as.ee, '?limit=100'));
      expect(everything).toHaveLength(6);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: ActionItemPage = await list(as.ee, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...titles(page));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual(everything);
    });
  });

  describe('reminders', () => {
    const dueNotices = (userId: string) =>
      t.prisma.notification.findMany({
        where: { userId, kind: 'ACTION_ITEM_DUE' },
        orderBy: { createdAt: 'asc' },
      });
    const dueMails = (to: string) =>
      t.prisma.outboxMessage.findMany({ where: { toAddress: to, template: 'notification:action_item_due' } });

    it('reminds owners a week before the due date, once, however often the job runs', async () => {
      const delegationItem = await recordItem({ title: 'Danish item due in five days', dueOn: inDays(5) });
      const ownItem = await recordItem({
        title: 'Søren’s item due in three days',
        ownerDelegationId: null,
        ownerUserId: ids.dk2,
        dueOn: inDays(3),
      });
      await recordItem({ title: 'Due in ten days', dueOn: inDays(10) });
      const done = await recordItem({ title: 'Done already', dueOn: inDays(2) });
      await progress(as.dk, done.id, { status: 'DONE' });
      await recordItem({ title: 'Overdue already', dueOn: inDays(-2) });

      // Run twice at once (as two instances would), then twice more: one reminder per item and owner.
      const reminders = t.app.get(ActionItemRemindersService);
      expect((await Promise.all([reminders.run(), reminders.run()])).sort()).toEqual([0, 2]);
      expect(await reminders.run()).toBe(0);
      expect(await reminders.run()).toBe(0);

      expect((await dueNotices(ids.dk)).map((n) => (n.payload as { excerpt: string }).excerpt)).toEqual([
        'Danish item due in five days',
      ]);
      expect(
        (await dueNotices(ids.dk2)).map((n) => (n.payload as { excerpt: string }).excerpt).sort(),
      ).toEqual(['Danish item due in five days', 'Søren’s item due in three days']);
      expect(await dueNotices(ids.ee)).toHaveLength(0);
      expect(await dueNotices(ids.chair)).toHaveLength(0);
      const mails = await dueMails(emails.dk);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toMatch(/^\[EGCC\] An action item you own is due on /);
      expect(mails[0]!.textBody).toContain('Danish item due in five days');
      expect(mails[0]!.textBody).toContain(`/action-items/${delegationItem.id}`);
      expect(await dueMails(emails.dk2)).toHaveLength(2);

      // In the member's notifications, with a link to the item.
      const notices = NotificationPage.parse((await as.dk2.get('/api/v1/notifications')).json());
      expect(
        notices.items
          .filter((n) => n.kind === 'ACTION_ITEM_DUE')
          .map((n) => n.link)
          .sort(),
      ).toEqual([`/action-items/${delegationItem.id}`, `/action-items/${ownItem.id}`].sort());
    });

    it('reminds again for a new due date, and only when it comes within the week', async () => {
      const item = await recordItem({
        title: 'Moving target',
        ownerDelegationId: null,
        ownerUserId: ids.ee,
        dueOn: inDays(4),
      });
      const reminders = t.app.get(ActionItemRemindersService);
      expect(await reminders.run()).toBe(1);
      expect(await reminders.run()).toBe(0);
      expect(await dueNotices(ids.ee)).toHaveLength(1);

      // Postponed by three weeks: nothing now; a reminder when the new date is a week away.
      expect(
        (await as.chair.patch(`/api/v1/action-items/${item.id}`, { dueOn: inDays(25) })).statusCode,
      ).toBe(200);
      expect(await reminders.run()).toBe(0);
      expect(await reminders.run(new Date(Date.now() + 17 * DAY))).toBe(0);
      expect(await reminders.run(new Date(Date.now() + 19 * DAY))).toBe(1);
      expect(await reminders.run(new Date(Date.now() + 20 * DAY))).toBe(0);
      expect(await dueNotices(ids.ee)).toHaveLength(2);
      expect(await dueMails(emails.ee)).toHaveLength(2);

      // The same date again changes nothing: no second reminder.
      await as.chair.patch(`/api/v1/action-items/${item.id}`, {
        dueOn: inDays(25),
        title: 'Moving target, renamed',
      });
      expect(await reminders.run(new Date(Date.now() + 19 * DAY))).toBe(0);
    });
  });
});
