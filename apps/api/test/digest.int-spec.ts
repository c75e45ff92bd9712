import { digestDue, DigestService } from '../src/notifications/digest.service';
import { browser, type Browser } from './support/http-client';
import { createMember } from './support/members';
import { createTestApp, type TestApp } from './support/test-app';

/** A time on a coming day, in UTC; Tallinn is two or three hours ahead. */
const dayAhead = (days: number, utcHour: number) => {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  date.setUTCHours(utcHour, 0, 0, 0);
  return date;
};

describe('the daily digest', () => {
  let t: TestApp;
  let digests: DigestService;
  let kadri: Browser;
  let jonas: Browser;
  let jonasEmail: string;

  beforeAll(async () => {
    t = await createTestApp();
    digests = t.app.get(DigestService);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.resetData();
    const k = await createMember(t.prisma, { name: 'Kadri Tamm', delegation: 'ee' });
    const j = await createMember(t.prisma, { name: 'Jonas Becker', delegation: 'de' });
    await t.prisma.user.update({ where: { id: j.id }, data: { timeZone: 'Europe/Tallinn' } });
    jonasEmail = j.email;
    kadri = await browser(t.app).signIn(k.email);
    jonas = await browser(t.app).signIn(j.email);
    // Only Jonas takes digests here, so that the counts are his.
    await kadri.put('/api/v1/me/notification-preferences', { preferences: { THREAD_REPLY: 'IN_APP' } });
  });

  /** Jonas follows two threads (he replied in both); Kadri replies in each. */
  async function threadsWithNews(titles: string[], repliesEach: number) {
    const ids: string[] = [];
    for (const title of titles) {
      const id = (await kadri.post('/api/v1/threads', { title, body: 'Opening.' })).json().id as string;
      await jonas.post(`/api/v1/threads/${id}/posts`, { body: 'Jonas joins.' });
      for (let n = 0; n < repliesEach; n++)
        await kadri.post(`/api/v1/threads/${id}/posts`, { body: `Kadri's reply ${n + 1}` });
      ids.push(id);
    }
    return ids;
  }
  const digestsFor = (to: string) =>
    t.prisma.outboxMessage.findMany({
      where: { toAddress: to, template: 'digest' },
      orderBy: { createdAt: 'asc' },
    });

  it('is due from 07:00 in the member’s time zone, once a local day', () => {
    const tallinn = 'Europe/Tallinn';
    expect(digestDue(new Date('2026-11-30T04:59:00Z'), tallinn, null)).toBe(false);
    expect(digestDue(new Date('2026-11-30T05:00:00Z'), tallinn, null)).toBe(true);
    expect(digestDue(new Date('2026-11-30T20:00:00Z'), tallinn, new Date('2026-11-30T05:10:00Z'))).toBe(
      false,
    );
    expect(digestDue(new Date('2026-12-01T05:00:00Z'), tallinn, new Date('2026-11-30T05:10:00Z'))).toBe(true);
    // Just after midnight in Tallinn is still the evening before in UTC.
    expect(digestDue(new Date('2026-11-30T22:30:00Z'), tallinn, new Date('2026-11-30T05:10:00Z'))).toBe(
      false,
    );
  });

  it('groups a day of replies by thread, sends nothing twice, and misses nothing that came later', async () => {
    await threadsWithNews(['Foster care capacity', 'Child-friendly hearings'], 2);
    expect(await digests.run(dayAhead(1, 3))).toBe(0); // 05:00 or 06:00 in Tallinn: not yet
    expect(await digests.run(dayAhead(1, 6))).toBe(1);
    const [first] = await digestsFor(jonasEmail);
    expect(first?.subject).toBe('[EGCC] Your daily digest: 4 items');
    const sections = first!.textBody.split('\n\n');
    const foster = sections.find((s) => s.startsWith('Foster care capacity'))!;
    expect(foster.match(/Kadri Tamm replied/g)).toHaveLength(2);
    expect(sections.filter((s) => s.startsWith('Child-friendly hearings'))).toHaveLength(1);

    // The same day again: nothing more.
    expect(await digests.run(dayAhead(1, 12))).toBe(0);
    expect(await digestsFor(jonasEmail)).toHaveLength(1);

    // News after the digest goes into the next one, and only that.
    const [later] = await threadsWithNews(['Migrant children at borders'], 1);
    expect(later).toBeDefined();
    expect(await digests.run(dayAhead(2, 6))).toBe(1);
    const second = (await digestsFor(jonasEmail))[1]!;
    expect(second.subject).toBe('[EGCC] Your daily digest: 1 item');
    expect(second.textBody).toContain('Migrant children at borders');
    expect(second.textBody).not.toContain('Foster care capacity');
    expect(
      await t.prisma.notification.count({ where: { emailedAt: null, user: { email: jonasEmail } } }),
    ).toBe(0);
  });

  it('leaves out what the member read in the portal already, and sends nothing when that is all', async () => {
    const [id] = await threadsWithNews(['Foster care capacity'], 2);
    await jonas.put(`/api/v1/threads/${id}/read`, { lastReadPostNumber: 99 });
    expect(await digests.run(dayAhead(1, 6))).toBe(0);
    expect(await digestsFor(jonasEmail)).toHaveLength(0);
    expect(
      await t.prisma.notification.count({ where: { emailedAt: null, user: { email: jonasEmail } } }),
    ).toBe(0);
  });

  it('sends none to a member who chose in-app only, and never twice when two instances run at once', async () => {
    await jonas.put('/api/v1/me/notification-preferences', { preferences: { THREAD_REPLY: 'IN_APP' } });
    await threadsWithNews(['Foster care capacity'], 1);
    expect(await digests.run(dayAhead(1, 6))).toBe(0);

    await jonas.put('/api/v1/me/notification-preferences', { preferences: { THREAD_REPLY: 'EMAIL_DIGEST' } });
    const sent = await Promise.all([digests.run(dayAhead(1, 6)), digests.run(dayAhead(1, 6))]);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await digestsFor(jonasEmail)).toHaveLength(1);
  });
});
