import { HealthResponse, ReadinessResponse } from '@egcc/contracts';
import { createEmptyDatabase } from './support/test-database';
import { createTestApp, type TestApp } from './support/test-app';

describe('health and readiness', () => {
  describe('on a migrated database', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('is alive, with the version, without signing in', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(200);
      expect(HealthResponse.parse(response.json())).toMatchObject({
        status: 'ok',
        version: expect.any(String),
      });
    });

    it('is ready: the database answers and every migration is applied', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/ready' });
      expect(response.statusCode).toBe(200);
      expect(ReadinessResponse.parse(response.json())).toEqual({
        status: 'ready',
        checks: { database: { status: 'ok' }, migrations: { status: 'ok' } },
      });
    });
  });

  describe('when migrations are left to a separate job and not yet applied', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ database: await createEmptyDatabase(), env: { MIGRATE_ON_START: 'false' } });
    });
    afterAll(() => t.close());

    it('starts, stays alive, and reports not ready with the pending migrations', async () => {
      expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      const response = await t.app.inject({ method: 'GET', url: '/api/ready' });
      expect(response.statusCode).toBe(503);
      const readiness = ReadinessResponse.parse(response.json());
      expect(readiness.status).toBe('not_ready');
      expect(readiness.checks.database.status).toBe('ok');
      expect(readiness.checks.migrations).toEqual({
        status: 'failing',
        detail: expect.stringContaining('_domain_model'),
      });
    });
  });
});
