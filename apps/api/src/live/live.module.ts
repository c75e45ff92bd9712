import { Global, Module } from '@nestjs/common';
import { LiveController } from './live.controller';
import { LiveEventsService } from './live-events.service';
import { LiveHub } from './live-hub';

@Global()
@Module({
  controllers: [LiveController],
  providers: [LiveEventsService, LiveHub],
  exports: [LiveEventsService, LiveHub],
})
export class LiveModule {}
