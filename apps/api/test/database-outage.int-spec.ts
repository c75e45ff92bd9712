import { ProbeModule } from './support/probe.module';
import { TcpProxy } from './support/tcp-proxy';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { createTestApp, type TestApp } from './support/test-app';

describe('when the database becomes unreachable', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let t: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    proxy = await TcpProxy.start(database.url);
    t = await createTestApp({
      imports: [ProbeModule],
      database: { url: proxy.urlFor(database.url), drop: async () => undefined },
    });
  });
  afterAll(async () => {
    await proxy.restore();
    await t.close();
    await proxy.stop();
    await database.drop();
  });

  const get = (url: string) => t.app.inject({ method: 'GET', url });

  it('answers 503 with Retry-After while it is down, stays alive, and recovers by itself', async () => {
    expect((await get('/api/v1/probe/database')).json()).toEqual({ focusAreas: 5 });

    await proxy.cut();
    const during = await get('/api/v1/probe/database');
    expect(during.statusCode).toBe(503);
    expect(during.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(during.headers['retry-after']).toBe('5');
    expect(during.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503 });

    const readiness = await get('/api/ready');
    expect(readiness.statusCode).toBe(503);
    expect(readiness.json().checks.database.status).toBe('failing');
    expect((await get('/api/health')).statusCode).toBe(200);

    await proxy.restore();
    // The pool replaces its dead connections on its own; no restart, no manual step.
    let recovered = await get('/api/v1/probe/database');
    for (let attempt = 0; attempt < 10 && recovered.statusCode !== 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      recovered = await get('/api/v1/probe/database');
    }
    expect(recovered.statusCode).toBe(200);
    expect((await get('/api/ready')).statusCode).toBe(200);
  });
});
