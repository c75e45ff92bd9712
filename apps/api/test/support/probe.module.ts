import { Controller, Get, Module, Post } from '@nestjs/common';
import { Role } from '@egcc/contracts';
import { z } from 'zod';
import { DomainException } from '../../src/common/domain.exception';
import { Endpoint, ValidBody, ValidParams, ValidQuery } from '../../src/common/endpoint';
import { Policy } from '../../src/auth/policy.decorator';
import { Public } from '../../src/common/public.decorator';
import { PrismaService } from '../../src/database/prisma.service';

export const ProbeBody = z.object({
  name: z.string().min(2),
  roles: z.array(Role).min(1),
  delegation: z.object({ code: z.string().length(2) }).optional(),
});

export const ProbeQuery = z.object({
  q: z.string().min(1),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** Test-only routes that exercise the HTTP pipeline the real routes share. */
@Public()
@Controller('probe')
class ProbeController {
  constructor(private readonly prisma: PrismaService) {}

  @Post('echo')
  @Endpoint({ summary: 'Echo a valid body', response: ProbeBody })
  echo(@ValidBody(ProbeBody) body: z.infer<typeof ProbeBody>) {
    return body;
  }

  @Get('search')
  @Endpoint({ summary: 'Echo a valid query', response: ProbeQuery })
  search(@ValidQuery(ProbeQuery) query: z.infer<typeof ProbeQuery>) {
    return query;
  }

  @Get('things/:id')
  @Endpoint({ summary: 'Echo a valid path parameter', response: z.object({ id: z.uuid() }) })
  thing(@ValidParams(z.object({ id: z.uuid() })) params: { id: string }) {
    return params;
  }

  @Get('boom')
  boom(): never {
    throw new Error('secret internal detail: password=hunter2');
  }

  @Get('conflict')
  conflict(): never {
    throw DomainException.conflict('The report is already published.');
  }

  @Get('database')
  @Endpoint({ summary: 'Count focus areas', response: z.object({ focusAreas: z.number() }) })
  async database() {
    return { focusAreas: await this.prisma.focusArea.count() };
  }

  @Get('bad-response')
  @Endpoint({ summary: 'Return what the schema forbids', response: z.object({ ok: z.literal(true) }) })
  badResponse() {
    return { ok: false };
  }
}

/** The same kind of route, without @Public(). */
@Controller('probe-closed')
class ClosedProbeController {
  @Get()
  @Policy('read', 'Reference')
  closed() {
    return { secret: true };
  }

  /** A programming error: neither public nor with a policy. */
  @Get('undeclared')
  undeclared() {
    return { secret: true };
  }
}

@Module({ controllers: [ProbeController, ClosedProbeController] })
export class ProbeModule {}
