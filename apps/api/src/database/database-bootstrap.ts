import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { DatabaseConnection } from './database-connection';
import { applyMigrations, pendingMigrations } from './migrator';
import { migrationsDir } from './paths';
import { PrismaService } from './prisma.service';
import { hasNoMembers, seedDemoData, seedReferenceData } from './seed/seed';

export interface DemoAccess {
  signIns: string[];
  /** Null when the password was set at first start and is not known any more. */
  password: string | null;
}

/**
 * Brings the database up to date before the app serves a request: pending migrations,
 * the reference data, and demo data on the first start of an empty embedded database.
 */
@Injectable()
export class DatabaseBootstrap implements OnModuleInit {
  private readonly logger = new Logger('Database');
  demo: DemoAccess | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly connection: DatabaseConnection,
    private readonly prisma: PrismaService,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.MIGRATE_ON_START) {
      const applied = await applyMigrations(this.connection.pool, migrationsDir());
      if (applied.length > 0) this.logger.log(`Applied migrations: ${applied.join(', ')}`);
    } else {
      const pending = await pendingMigrations(this.connection.pool, migrationsDir());
      if (pending.length > 0) {
        // Migrations are someone else's job here (MIGRATE_ON_START=false): stay up, report
        // not ready on /api/ready, and touch nothing until they are applied.
        this.logger.warn(`Migrations not applied: ${pending.join(', ')}. Run npm run db:migrate.`);
        return;
      }
    }
    await seedReferenceData(this.prisma);

    const demoWanted =
      this.config.DEMO_DATA === 'on-empty' ||
      (this.config.DEMO_DATA === 'auto' && this.connection.isEmbedded);
    if (demoWanted) {
      const fresh = await hasNoMembers(this.prisma);
      const password = this.demoPassword(fresh);
      if (fresh && password) {
        const signIns = await seedDemoData(this.prisma, password);
        this.logger.log(`Seeded demo data: ${signIns.length} members`);
      }
      const signIns = (
        await this.prisma.user.findMany({
          where: { email: { endsWith: '@egcc.example' } },
          select: { email: true },
          orderBy: { email: 'asc' },
        })
      ).map((user) => user.email);
      this.demo = signIns.length > 0 ? { signIns, password } : null;
    }
  }

  /**
   * DEMO_PASSWORD, or a random one made at the first start and kept beside the embedded
   * database, so that later starts can print it again.
   */
  private demoPassword(fresh: boolean): string | null {
    if (this.config.DEMO_PASSWORD) return this.config.DEMO_PASSWORD;
    const file = join(this.config.DATA_DIR, 'demo-password.txt');
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
    if (!fresh) return null;
    const password = randomBytes(12).toString('base64url');
    mkdirSync(this.config.DATA_DIR, { recursive: true });
    writeFileSync(file, password + '\n', { mode: 0o600 });
    return password;
  }
}
