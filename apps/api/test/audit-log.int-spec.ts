import { AuditPage } from '@egcc/contracts';
import { browser, type Browser } from './support/http-client';
import { createMember } from './support/members';
import { createTestApp, type TestApp } from './support/test-app';

describe('the audit log', () => {
  let t: TestApp;
  let admin: Browser;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.resetData();
    admin = await browser(t.app).signIn(
      (await createMember(t.prisma, { roles: ['ADMIN'], name: 'Astrid Holm' })).email,
    );
  });

  it('records who did what to which record, from where, with the request id', async () => {
    const member = await createMember(t.prisma);
    const response = await admin.request(
      'PATCH',
      `/api/v1/members/${member.id}`,
      { title: 'Adviser' },
      { 'x-request-id': 'req-audit-1', 'user-agent': 'AuditTest/1.0' },
    );
    expect(response.statusCode).toBe(200);
    const page = AuditPage.parse((await admin.get(`/api/v1/audit-events?targetId=${member.id}`)).json());
    expect(page.items).toEqual([
      expect.objectContaining({
        action: 'member.updated',
        actor: expect.objectContaining({ name: 'Astrid Holm' }),
        targetType: 'member',
        targetId: member.id,
        requestId: 'req-audit-1',
        userAgent: 'AuditTest/1.0',
        ipAddress: '127.0.0.1',
        details: { title: { from: null, to: 'Adviser' } },
      }),
    ]);
  });

  it('filters by action and date, newest first, in pages', async () => {
    for (const title of ['A', 'B', 'C']) {
      const member = await createMember(t.prisma);
      await admin.patch(`/api/v1/members/${member.id}`, { title });
    }
    const first = AuditPage.parse((await admin.get('/api/v1/audit-events?action=member.&limit=2')).json());
    expect(first.items.map((e) => (e.details as { title: { to: string } }).title.to)).toEqual(['C', 'B']);
    const next = AuditPage.parse(
      (await admin.get(`/api/v1/audit-events?action=member.&limit=2&cursor=${first.nextCursor}`)).json(),
    );
    expect(next.items).toHaveLength(1);
    const future = AuditPage.parse(
      (
        await admin.get(
          `/api/v1/audit-events?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`,
        )
      ).json(),
    );
    expect(future.items).toEqual([]);
  });

  it('downloads as CSV with the same filters, and the download is on record too', async () => {
    const member = await createMember(t.prisma, { name: 'Quote "Me", Please' });
    await admin.patch(`/api/v1/members/${member.id}`, { title: 'Line\nbreak' });
    const response = await admin.get('/api/v1/audit-events/export?action=member.');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="egcc-audit-\d{8}\.csv"$/);
    const [header, ...lines] = response.body.trim().split('\n');
    expect(header).toBe(
      'id,occurredAt,actorName,actorEmail,action,targetType,targetId,ipAddress,userAgent,requestId,details',
    );
    expect(response.body).toContain('member.updated');
    // The details cell is JSON, quoted for CSV (quotes doubled), with the line break escaped.
    expect(response.body).toContain('""to"":""Line\\nbreak""');
    expect(response.body).toContain('""from"":null');
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(await t.prisma.auditEvent.count({ where: { action: 'audit.exported' } })).toBe(1);
  });

  it('cannot be changed through the app or the database', async () => {
    await expect(t.prisma.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
  });
});
