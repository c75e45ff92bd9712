import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { AttachmentsModule } from '../attachments/attachments.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { MailModule } from '../mail/mail.module';
import { ProblemDetailsFilter } from '../common/problem-details';
import { ResponseCheckInterceptor } from '../common/response-check.interceptor';
import { ConfigModule } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { DatabaseModule } from '../database/database.module';
import { DirectoryModule } from '../directory/directory.module';
import { DiscussionsModule } from '../discussions/discussions.module';
import { JobsModule } from '../jobs/jobs.module';
import { LiveModule } from '../live/live.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { HealthModule } from '../health/health.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { SearchModule } from '../search/search.module';
import { MembersModule } from '../members/members.module';
import { ReferenceModule } from '../reference/reference.module';
import { ReportsModule } from '../reports/reports.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, extraImports: (Type | DynamicModule)[] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DiscoveryModule,
        DatabaseModule,
        AuditModule,
        MailModule,
        AuthModule,
        HealthModule,
        ReferenceModule,
        DirectoryModule,
        MembersModule,
        InvitationsModule,
        LiveModule,
        NotificationsModule,
        DiscussionsModule,
        ReportsModule,
        MeetingsModule,
        SearchModule,
        AttachmentsModule,
        JobsModule,
        ...extraImports,
      ],
      providers: [
        { provide: APP_INTERCEPTOR, useClass: ResponseCheckInterceptor },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
    };
  }
}
