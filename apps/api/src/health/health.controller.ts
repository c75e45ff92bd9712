import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { HealthResponse, ReadinessResponse } from '@egcc/contracts';
import type { FastifyReply } from 'fastify';
import { Endpoint } from '../common/endpoint';
import { Public } from '../common/public.decorator';
import { HealthService } from './health.service';

@Controller('api')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Public()
  @Get('health')
  @Endpoint({
    summary: 'Liveness: the process answers (does not touch the database)',
    response: HealthResponse,
  })
  alive(): HealthResponse {
    return this.health.alive();
  }

  @Public()
  @Get('ready')
  @Endpoint({
    summary: 'Readiness: the database answers and every migration is applied (503 otherwise)',
    response: ReadinessResponse,
  })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessResponse> {
    const readiness = await this.health.readiness();
    reply.status(readiness.status === 'ready' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return readiness;
  }
}
