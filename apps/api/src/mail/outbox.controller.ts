import { Controller, Get, Post } from '@nestjs/common';
import { IdParams, MailDelivery, OutboxMessageDetail, OutboxPage, OutboxQuery } from '@egcc/contracts';
import type { z } from 'zod';
import type { AuthenticatedMember } from '../auth/auth.types';
import { CurrentMember, Policy } from '../auth/policy.decorator';
import { Endpoint, ValidParams, ValidQuery } from '../common/endpoint';
import { OutboxAdminService } from './outbox-admin.service';

@Controller('outbox')
export class OutboxController {
  constructor(private readonly outbox: OutboxAdminService) {}

  @Get()
  @Policy('read', 'OutboxMessage')
  @Endpoint({ summary: 'E-mails in the outbox, newest first', response: OutboxPage })
  list(@ValidQuery(OutboxQuery) query: OutboxQuery): Promise<OutboxPage> {
    return this.outbox.list(query);
  }

  @Get('status')
  @Policy('read', 'OutboxMessage')
  @Endpoint({
    summary: 'Whether e-mail leaves the portal, and how many messages wait or have failed',
    response: MailDelivery,
  })
  status(): Promise<MailDelivery> {
    return this.outbox.delivery();
  }

  @Get(':id')
  @Policy('read', 'OutboxMessage')
  @Endpoint({ summary: 'One e-mail in the outbox, with its text', response: OutboxMessageDetail })
  get(@ValidParams(IdParams) params: z.infer<typeof IdParams>): Promise<OutboxMessageDetail> {
    return this.outbox.get(params.id);
  }

  @Post(':id/retry')
  @Policy('retry', 'OutboxMessage')
  @Endpoint({
    summary: 'Send a failed e-mail again: due now, with a fresh set of attempts',
    response: OutboxMessageDetail,
    status: 200,
  })
  retry(
    @ValidParams(IdParams) params: z.infer<typeof IdParams>,
    @CurrentMember() member: AuthenticatedMember,
  ): Promise<OutboxMessageDetail> {
    return this.outbox.retry(params.id, member.id);
  }
}
