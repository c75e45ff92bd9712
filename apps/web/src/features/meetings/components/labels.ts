import type { AgendaItemKind, AttendanceResponse, MeetingStatus } from '@egcc/contracts';
import type { BadgeTone } from '../../../shared/ui/Badge';

export const AGENDA_ITEM_KIND: Record<AgendaItemKind, string> = {
  INFORMATION: 'Information',
  DISCUSSION: 'Discussion',
  DECISION: 'Decision',
};

export const ATTENDANCE_RESPONSE: Record<AttendanceResponse, string> = {
  IN_PERSON: 'Attending in person',
  ONLINE: 'Attending online',
  NOT_ATTENDING: 'Not attending',
  TENTATIVE: 'Tentative',
};

export const MEETING_STATUS: Record<MeetingStatus, { label: string; tone: BadgeTone }> = {
  DRAFT: { label: 'Agenda in preparation', tone: 'neutral' },
  AGENDA_PUBLISHED: { label: 'Agenda published', tone: 'info' },
  HELD: { label: 'Held', tone: 'neutral' },
  MINUTES_APPROVED: { label: 'Minutes approved', tone: 'success' },
};
