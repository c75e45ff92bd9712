import { CalendarFeedStatus, CalendarFeedToken, MeetingDetail, ProblemDetails } from '@egcc/contracts';
import { browser, type Browser } from './support/http-client';
import { parseCalendar, parseIcs } from './support/ics';
import { createMember } from './support/members';
import { reportCast, type ReportCast } from './support/reports';
import { createTestApp, type TestApp } from './support/test-app';

/** Helsinki keeps EET (UTC+2) in winter and EEST (UTC+3) in summer; in 2031 the clocks change on 30 March and 26 October. */
const HELSINKI = {
  description: 'Hosted by **Finland**.',
  timeZone: 'Europe/Helsinki',
  place: 'Helsinki, Ministry of Social Affairs and Health',
  onlineUrl: 'https://meet.example.org/egcc',
};

const DAY = 86_400_000;

/** A feed as a calendar application reads it, with its events found by summary. */
function parseFeed(text: string) {
  const { calendar, events } = parseCalendar(text);
  const bySummary = (summary: string) => {
    const found = events.find((e) => e.event.summary === summary);
    if (!found)
      throw new Error(`No event "${summary}" in the feed: ${events.map((e) => e.event.summary).join(', ')}`);
    return found;
  };
  return { calendar, events, bySummary };
}

describe('calendar feeds', () => {
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

  const schedule = async (
    title: string,
    startsAt: string,
    hours = 2,
    extra: Record<string, unknown> = {},
  ) => {
    const response = await cast.chair.post('/api/v1/meetings', {
      ...HELSINKI,
      title,
      startsAt,
      endsAt: new Date(Date.parse(startsAt) + hours * 3_600_000).toISOString(),
      ...extra,
    });
    expect(response.statusCode).toBe(201);
    return MeetingDetail.parse(response.json());
  };

  const issue = async (client: Browser) => {
    const response = await client.post('/api/v1/me/calendar-feed');
    expect(response.statusCode).toBe(201);
    return CalendarFeedToken.parse(response.json());
  };

  const status = async (client: Browser) => {
    const response = await client.get('/api/v1/me/calendar-feed');
    expect(response.statusCode).toBe(200);
    return CalendarFeedStatus.parse(response.json());
  };

  /** Fetches a feed URL as a calendar application does: no cookie, no session. */
  const fetchFeed = (url: string, headers: Record<string, string> = {}) =>
    browser(t.app).get(new URL(url).pathname, headers);

  const expect404 = (response: { statusCode: number; json: () => unknown }) => {
    expect(response.statusCode).toBe(404);
    expect(ProblemDetails.parse(response.json()).code).toBe('NOT_FOUND');
  };

  it('issues a secret feed URL, shown once, that a calendar fetches without signing in', async () => {
    expect(await status(cast.dk)).toEqual({ active: false, issuedAt: null, lastUsedAt: null });
    const feed = await issue(cast.dk);
    expect(feed.url).toMatch(/^https?:\/\/[^/]+\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(feed.webcalUrl).toBe(feed.url.replace(/^https?:/, 'webcal:'));
    const token = feed.url.match(/calendar\/([^/]+)\.ics$/)![1]!;

    const after = await status(cast.dk);
    expect(after.active).toBe(true);
    expect(after.issuedAt).not.toBeNull();
    expect(after.lastUsedAt).toBeNull();
    // Only a hash is kept: the token appears nowhere in the member's row or the audit log.
    const row = await t.prisma.user.findUniqueOrThrow({ where: { id: cast.ids.dk } });
    expect(row.calendarTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(token);
    const audit = await t.prisma.auditEvent.findMany({ where: { action: { startsWith: 'calendar_feed.' } } });
    expect(audit.map((a) => [a.action, a.targetType, a.targetId])).toEqual([
      ['calendar_feed.issued', 'member', cast.ids.dk],
    ]);
    expect(JSON.stringify(audit.map((a) => a.details))).not.toContain(token);

    await schedule('Spring meeting', '2031-03-27T08:00:00.000Z');
    const response = await fetchFeed(feed.url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['cache-control']).toMatch(/^private/);
    const parsed = parseFeed(response.body);
    expect(parsed.calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(parsed.calendar.getFirstPropertyValue('x-wr-calname')).toBe('EGCC meetings');
    expect(parsed.events).toHaveLength(1);

    // The calendar's fetch is noted (at most once an hour), and the member sees it.
    expect((await status(cast.dk)).lastUsedAt).not.toBeNull();
    const usedAt = (await t.prisma.user.findUniqueOrThrow({ where: { id: cast.ids.dk } }))
      .calendarTokenUsedAt;
    await fetchFeed(feed.url);
    expect(
      (await t.prisma.user.findUniqueOrThrow({ where: { id: cast.ids.dk } })).calendarTokenUsedAt,
    ).toEqual(usedAt);
  });

  it('shows each meeting at the right hour on both sides of the summer-time changes, with the download’s UID', async () => {
    const march = await schedule('Before summer time', '2031-03-27T08:00:00.000Z'); // 10:00 EET
    await schedule('After summer time begins', '2031-04-03T07:00:00.000Z'); // 10:00 EEST
    await schedule('Before summer time ends', '2031-10-23T07:00:00.000Z'); // 10:00 EEST
    await schedule('After summer time ends', '2031-10-30T08:00:00.000Z'); // 10:00 EET
    await schedule('In Vilnius, online too', '2031-06-10T07:00:00.000Z', 3, { timeZone: 'Europe/Vilnius' });
    const feed = await issue(cast.observer);
    const response = await fetchFeed(feed.url);
    const { events, bySummary } = parseFeed(response.body);
    expect(events.map((e) => e.event.summary)).toEqual([
      'Before summer time',
      'After summer time begins',
      'In Vilnius, online too',
      'Before summer time ends',
      'After summer time ends',
    ]);
    const expected: [string, number, string][] = [
      ['Before summer time', 2, '2031-03-27T08:00:00.000Z'],
      ['After summer time begins', 3, '2031-04-03T07:00:00.000Z'],
      ['Before summer time ends', 3, '2031-10-23T07:00:00.000Z'],
      ['After summer time ends', 2, '2031-10-30T08:00:00.000Z'],
    ];
    for (const [summary, offsetHours, instant] of expected) {
      const { vevent, event } = bySummary(summary);
      expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Helsinki');
      expect(event.startDate.zone.tzid).toBe('Europe/Helsinki');
      expect([event.startDate.hour, event.startDate.minute]).toEqual([10, 0]);
      expect(event.startDate.utcOffset()).toBe(offsetHours * 3600);
      expect(event.startDate.toJSDate().toISOString()).toBe(instant);
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(2 * 3_600_000);
      expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    }
    const vilnius = bySummary('In Vilnius, online too');
    expect(vilnius.event.startDate.zone.tzid).toBe('Europe/Vilnius');
    expect(vilnius.event.startDate.hour).toBe(10);
    expect(vilnius.event.location).toBe(HELSINKI.place);
    expect(vilnius.event.description).toContain(HELSINKI.onlineUrl);

    // The same UID and SEQUENCE as the meeting's own download, so the two never show twice.
    const single = parseIcs(
      (await cast.observer.get(`/api/v1/meetings/${march.id}/calendar.ics`)).body,
    ).event;
    expect(bySummary('Before summer time').event.uid).toBe(single.uid);
    expect(bySummary('Before summer time').event.sequence).toBe(single.sequence);
  });

  it('raises SEQUENCE when a meeting moves, keeps its UID, and marks cancelled meetings', async () => {
    const moving = await schedule('Moving meeting', '2031-03-27T08:00:00.000Z');
    const calledOff = await schedule('Called-off meeting', '2031-05-05T07:00:00.000Z');
    const feed = await issue(cast.dk);
    const before = parseFeed((await fetchFeed(feed.url)).body).bySummary('Moving meeting').event;
    expect(before.sequence).toBe(0);

    // Moved across the change to summer time: same wall-clock hour, an hour earlier in UTC.
    const patched = await cast.chair.patch(`/api/v1/meetings/${moving.id}`, {
      startsAt: '2031-04-03T07:00:00.000Z',
      endsAt: '2031-04-03T09:00:00.000Z',
    });
    expect(patched.statusCode).toBe(200);
    expect(
      (await cast.admin.post(`/api/v1/meetings/${calledOff.id}/cancel`, { reason: 'Venue closed' }))
        .statusCode,
    ).toBe(200);

    const { bySummary } = parseFeed((await fetchFeed(feed.url)).body);
    const after = bySummary('Moving meeting');
    expect(after.event.uid).toBe(before.uid);
    expect(after.event.sequence).toBe(1);
    expect(after.event.startDate.hour).toBe(10);
    expect(after.event.startDate.utcOffset()).toBe(3 * 3600);
    expect(after.event.startDate.toJSDate().toISOString()).toBe('2031-04-03T07:00:00.000Z');
    const cancelled = bySummary('Called-off meeting');
    expect(cancelled.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.event.sequence).toBe(1);
  });

  it('lists meetings from a year ago on, and answers 304 while nothing has changed', async () => {
    const now = Date.now();
    const at = (days: number) => new Date(now + days * DAY).toISOString();
    await schedule('Two years ago', at(-730));
    await schedule('Half a year ago', at(-180));
    await schedule('Next month', at(30));
    const feed = await issue(cast.admin);
    const first = await fetchFeed(feed.url);
    expect(parseFeed(first.body).events.map((e) => e.event.summary)).toEqual([
      'Half a year ago',
      'Next month',
    ]);

    const etag = first.headers['etag'] as string;
    expect(etag).toBeTruthy();
    const unchanged = await fetchFeed(feed.url, { 'if-none-match': etag });
    expect(unchanged.statusCode).toBe(304);
    expect(unchanged.body).toBe('');

    await schedule('Added later', at(60));
    const changed = await fetchFeed(feed.url, { 'if-none-match': etag });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers['etag']).not.toBe(etag);
    expect(parseFeed(changed.body).events).toHaveLength(3);
  });

  it('stops the old URL at once when a new one is made, and every URL when the feed is turned off', async () => {
    await schedule('Spring meeting', '2031-03-27T08:00:00.000Z');
    const first = await issue(cast.dk);
    expect((await fetchFeed(first.url)).statusCode).toBe(200);

    const second = await issue(cast.dk);
    expect(second.url).not.toBe(first.url);
    expect404(await fetchFeed(first.url));
    expect((await fetchFeed(second.url)).statusCode).toBe(200);

    // Another member's feed is their own and unaffected.
    const other = await issue(cast.ee);

    const off = await cast.dk.delete('/api/v1/me/calendar-feed');
    expect(off.statusCode).toBe(204);
    expect404(await fetchFeed(second.url));
    expect(await status(cast.dk)).toEqual({ active: false, issuedAt: null, lastUsedAt: null });
    expect((await fetchFeed(other.url)).statusCode).toBe(200);
    // Turning off a feed that is off changes nothing.
    expect((await cast.dk.delete('/api/v1/me/calendar-feed')).statusCode).toBe(204);

    const actions = await t.prisma.auditEvent.findMany({
      where: { targetId: cast.ids.dk, action: { startsWith: 'calendar_feed.' } },
      orderBy: { id: 'asc' },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      'calendar_feed.issued',
      'calendar_feed.regenerated',
      'calendar_feed.revoked',
    ]);
  });

  it('answers 404 alike for unknown and malformed tokens, and for a member no longer taking part', async () => {
    await schedule('Spring meeting', '2031-03-27T08:00:00.000Z');
    expect404(await browser(t.app).get(`/api/v1/calendar/${'A'.repeat(43)}.ics`));
    expect404(await browser(t.app).get('/api/v1/calendar/not-a-token.ics'));
    expect404(await browser(t.app).get(`/api/v1/calendar/${'A'.repeat(44)}.ics`));

    const deactivated = await issue(cast.dk2);
    await t.prisma.user.update({ where: { id: cast.ids.dk2 }, data: { status: 'DEACTIVATED' } });
    expect404(await fetchFeed(deactivated.url));

    // A member of a delegation whose participation is suspended cannot sign in, nor read the feed.
    const latvian = await createMember(t.prisma, { delegation: 'lv' });
    const latvianFeed = await issue(await browser(t.app).signIn(latvian.email));
    expect((await fetchFeed(latvianFeed.url)).statusCode).toBe(200);
    // Delegations are reference data, which resetData keeps: put Latvia back afterwards.
    await t.prisma.delegation.update({ where: { code: 'lv' }, data: { membershipStatus: 'SUSPENDED' } });
    try {
      expect404(await fetchFeed(latvianFeed.url));
    } finally {
      await t.prisma.delegation.update({ where: { code: 'lv' }, data: { membershipStatus: 'ACTIVE' } });
    }
  });

  it('needs a signed-in member to make, see or turn off a feed', async () => {
    const visitor = browser(t.app);
    expect((await visitor.get('/api/v1/me/calendar-feed')).statusCode).toBe(401);
    expect((await visitor.post('/api/v1/me/calendar-feed')).statusCode).toBe(401);
    expect((await visitor.delete('/api/v1/me/calendar-feed')).statusCode).toBe(401);
    expect(await t.prisma.user.count({ where: { calendarTokenHash: { not: null } } })).toBe(0);
  });
});
