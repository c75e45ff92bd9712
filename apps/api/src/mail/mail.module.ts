import { Global, Module } from '@nestjs/common';
import { OutboxAdminService } from './outbox-admin.service';
import { OutboxController } from './outbox.controller';
import { OutboxService } from './outbox.service';
import { OutboxWorker } from './outbox-worker';

@Global()
@Module({
  controllers: [OutboxController],
  providers: [OutboxService, OutboxWorker, OutboxAdminService],
  exports: [OutboxService, OutboxWorker],
})
export class MailModule {}
