import { Global, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { DatabaseBootstrap } from './database-bootstrap';
import { DatabaseConnection } from './database-connection';
import { PrismaService } from './prisma.service';

@Global()
@Module({
  providers: [
    {
      provide: DatabaseConnection,
      useFactory: (config: AppConfig) => DatabaseConnection.open(config),
      inject: [APP_CONFIG],
    },
    PrismaService,
    DatabaseBootstrap,
  ],
  exports: [DatabaseConnection, PrismaService, DatabaseBootstrap],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(private readonly connection: DatabaseConnection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}
