import { Controller } from '@nestjs/common';

@Controller('meetings')
export class MeetingsController {}
