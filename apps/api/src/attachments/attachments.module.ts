import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { ReportsModule } from '../reports/reports.module';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { FILE_STORAGE, LocalDiskStorage } from './file-storage';

/** The directory of uploaded files: ATTACHMENTS_DIR, or DATA_DIR/attachments. */
export const attachmentsDir = (config: Pick<AppConfig, 'ATTACHMENTS_DIR' | 'DATA_DIR'>) =>
  config.ATTACHMENTS_DIR ?? join(config.DATA_DIR, 'attachments');

/**
 * Attachments on reports and posts. The bytes go to the FILE_STORAGE provider: local disk
 * here; an S3-compatible implementation of FileStorage can be provided instead.
 */
@Module({
  imports: [ReportsModule],
  controllers: [AttachmentsController],
  providers: [
    AttachmentsService,
    {
      provide: FILE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalDiskStorage(attachmentsDir(config)),
    },
  ],
  exports: [FILE_STORAGE],
})
export class AttachmentsModule {}
