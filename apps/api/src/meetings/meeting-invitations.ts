import type { CalendarMeeting, CalendarPerson } from './calendar/ics';
import { meetingInvitation } from './calendar/ics';

/** "EGCC Portal <no-reply@egcc.example>" (MAIL_FROM) as the invitations' iCalendar organizer. */
export function organizerOf(mailFrom: string): CalendarPerson {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailFrom);
  return match?.[2]
    ? { name: match[1] || 'EGCC Portal', email: match[2] }
    : { name: 'EGCC Portal', email: mailFrom.trim() };
}

/**
 * The `.ics` for each member's e-mail: METHOD:REQUEST (CANCEL once the meeting is called off),
 * with the member as attendee. The content type carries the method, so the mail goes out with
 * it as the message's calendar part and mail clients offer to add or update the meeting.
 */
export function invitationFor(meeting: CalendarMeeting) {
  return (recipient: CalendarPerson) => [
    {
      filename: meeting.cancelled ? 'cancellation.ics' : 'invitation.ics',
      contentType: `text/calendar; charset=utf-8; method=${meeting.cancelled ? 'CANCEL' : 'REQUEST'}`,
      content: meetingInvitation(meeting, recipient),
    },
  ];
}
