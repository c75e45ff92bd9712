import { Injectable } from '@nestjs/common';
import type { HealthResponse, ReadinessResponse } from '@egcc/contracts';
import { APP_VERSION } from '../app/version';
import { DatabaseConnection } from '../database/database-connection';
import { pendingMigrations } from '../database/migrator';
import { migrationsDir } from '../database/paths';

const DATABASE_CHECK_TIMEOUT_MS = 2_000;

@Injectable()
export class HealthService {
  constructor(private readonly connection: DatabaseConnection) {}

  alive(): HealthResponse {
    return { status: 'ok', version: APP_VERSION, uptimeSeconds: Math.round(process.uptime()) };
  }

  async readiness(): Promise<ReadinessResponse> {
    const checks: ReadinessResponse['checks'] = {
      database: { status: 'ok' },
      migrations: { status: 'ok' },
    };
    try {
      await withTimeout(this.connection.pool.query('SELECT 1'), DATABASE_CHECK_TIMEOUT_MS);
      const pending = await pendingMigrations(this.connection.pool, migrationsDir());
      if (pending.length > 0) {
        checks.migrations = { status: 'failing', detail: `Not applied: ${pending.join(', ')}` };
      }
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      checks.database = { status: 'failing', detail: `Database unreachable: ${detail}` };
      checks.migrations = { status: 'failing', detail: 'Unknown while the database is unreachable.' };
    }
    const ready = checks.database.status === 'ok' && checks.migrations.status === 'ok';
    return { status: ready ? 'ready' : 'not_ready', checks };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
