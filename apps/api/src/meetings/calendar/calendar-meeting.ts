import type { Prisma } from '../../generated/prisma/client';
import type { CalendarMeeting } from './ics';

/** The meeting's UID in every calendar file: the same in the download, invitations and the feed. */
export const meetingUid = (meetingId: string) => `meeting-${meetingId}@egcc-portal`;

/** What an iCalendar event needs of a meeting. */
export const calendarMeetingSelect = {
  id: true,
  title: true,
  description: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  place: true,
  onlineUrl: true,
  icalSequence: true,
  cancelledAt: true,
  updatedAt: true,
} satisfies Prisma.MeetingSelect;

export type CalendarMeetingRow = Prisma.MeetingGetPayload<{ select: typeof calendarMeetingSelect }>;

export function toCalendarMeeting(row: CalendarMeetingRow, pageUrl: string | null): CalendarMeeting {
  return {
    uid: meetingUid(row.id),
    sequence: row.icalSequence,
    title: row.title,
    description: row.description,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    timeZone: row.timeZone,
    place: row.place,
    onlineUrl: row.onlineUrl,
    pageUrl,
    organizer: null,
    cancelled: row.cancelledAt !== null,
    updatedAt: row.updatedAt,
  };
}
