import { Controller, Get } from '@nestjs/common';
import { ReferenceData } from '@egcc/contracts';
import { Policy } from '../auth/policy.decorator';
import { Endpoint } from '../common/endpoint';
import { ReferenceService } from './reference.service';

@Controller('reference')
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Get()
  @Policy('read', 'Reference')
  @Endpoint({
    summary: "The group's vocabularies: focus areas, measure and gap kinds, UNCRC articles",
    response: ReferenceData,
  })
  get(): Promise<ReferenceData> {
    return this.reference.get();
  }
}
