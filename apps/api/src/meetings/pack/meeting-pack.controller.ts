import { Controller, Get, Res } from '@nestjs/common';
import { IdParams } from '@egcc/contracts';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AuthenticatedMember } from '../../auth/auth.types';
import { CurrentMember, Policy } from '../../auth/policy.decorator';
import { Endpoint, ValidParams } from '../../common/endpoint';
import { MeetingPackService } from './meeting-pack.service';

@Controller('meetings/:id')
export class MeetingPackController {
  constructor(private readonly packs: MeetingPackService) {}

  @Get('pack.pdf')
  @Policy('read', 'Meeting')
  @Endpoint({
    summary:
      'The meeting pack: one PDF with the agenda and time plan, the published reports and the discussions it links to',
    response: z.string().meta({ format: 'binary' }),
    contentType: 'application/pdf',
  })
  async pack(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: { id: string },
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.packs.pack(member, params.id);
    await reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('cache-control', 'private, no-store')
      .header('content-length', file.body.length)
      .send(file.body);
  }
}
