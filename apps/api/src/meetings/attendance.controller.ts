import { Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import {
  AnswerAttendanceRequest,
  AttendanceReminderResult,
  AttendanceRoster,
  AttendanceView,
  IdParams,
} from '@egcc/contracts';
import type { AuthenticatedMember } from '../auth/auth.types';
import { CurrentMember, Policy } from '../auth/policy.decorator';
import { Endpoint, ValidBody, ValidParams } from '../common/endpoint';
import { AttendanceService } from './attendance.service';

/** Attendance: members answer for themselves; the chair and the secretariat follow up. */
@Controller('meetings/:id/attendance')
export class AttendanceController {
  constructor(private readonly attendance: AttendanceService) {}

  @Put()
  @Policy('update', 'Attendance')
  @Endpoint({
    summary:
      'Answer whether you attend (yourself only; observers too); 409 once the meeting has ended or was cancelled',
    response: AttendanceView,
  })
  answer(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: { id: string },
    @ValidBody(AnswerAttendanceRequest) body: AnswerAttendanceRequest,
  ) {
    return this.attendance.answer(member, params.id, body);
  }

  @Get('me')
  @Policy('read', 'Attendance')
  @Endpoint({ summary: 'Your own answer; null until you answer', response: AttendanceView.nullable() })
  mine(@CurrentMember() member: AuthenticatedMember, @ValidParams(IdParams) params: { id: string }) {
    return this.attendance.mine(member, params.id);
  }

  @Get()
  @Policy('read', 'Attendance')
  @Endpoint({
    summary: 'The roster by delegation, with counts and who has not answered (chair and secretariat)',
    response: AttendanceRoster,
  })
  roster(@CurrentMember() member: AuthenticatedMember, @ValidParams(IdParams) params: { id: string }) {
    return this.attendance.roster(member, params.id);
  }

  @Post('reminders')
  @HttpCode(200)
  @Policy('remind', 'Attendance')
  @Endpoint({
    summary: 'Remind the members who have not answered, once: nobody is reminded twice within 24 hours',
    response: AttendanceReminderResult,
  })
  remind(@CurrentMember() member: AuthenticatedMember, @ValidParams(IdParams) params: { id: string }) {
    return this.attendance.remind(member, params.id);
  }
}
