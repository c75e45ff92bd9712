import { TZDate } from '@date-fns/tz';
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalCalendar,
} from 'ical-generator';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';

/**
 * iCalendar (RFC 5545) for meetings: the `.ics` attached to invitation e-mails (RFC 5546
 * METHOD:REQUEST, or CANCEL once a meeting is called off), the per-meeting download and the
 * personal feed (METHOD:PUBLISH). Pure: no database, no Nest.
 *
 * Times are written in the meeting's own zone (DTSTART;TZID=Europe/Vilnius:...) with that
 * zone's VTIMEZONE, DST rules included, so calendar applications show the meeting at the
 * right hour on both sides of a summer-time change and in every reader's zone. A zone with no
 * VTIMEZONE data falls back to UTC instants, which are never wrong, only less friendly.
 */

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarMeeting {
  /** Stable for the meeting's life: calendars match updates by it. */
  uid: string;
  /** Meeting.icalSequence: raised whenever a change must reach members' calendars. */
  sequence: number;
  title: string;
  /** Plain text (the Markdown source reads well enough as text). */
  description: string;
  startsAt: Date;
  endsAt: Date;
  /** IANA zone the meeting is held in. */
  timeZone: string;
  place: string | null;
  onlineUrl: string | null;
  /** The meeting's page in the portal. */
  pageUrl: string | null;
  organizer: CalendarPerson | null;
  cancelled: boolean;
  /** When the meeting last changed (LAST-MODIFIED). */
  updatedAt: Date;
}

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';
const PRODUCT_ID = { company: 'CBSS', product: 'EGCC Portal', language: 'EN' } as const;

let knownZones: ReadonlySet<string> | undefined;
const vtimezones = new Map<string, string | null>();

/** The VTIMEZONE block for an IANA zone (its DST rules included), or null when there is no data for it. */
export function vtimezoneFor(zone: string): string | null {
  if (vtimezones.has(zone)) return vtimezones.get(zone) ?? null;
  // Asking the library about a zone it does not know prints to the console: look first.
  knownZones ??= new Set(tzlib_get_timezones() as string[]);
  let block: string | null = null;
  if (knownZones.has(zone)) {
    const [found] = tzlib_get_ical_block(zone);
    // Aliases come back under their canonical TZID (Europe/Kiev as Europe/Kyiv); events use the name given.
    if (found?.includes('BEGIN:VTIMEZONE')) block = found.replace(/^TZID:.*$/m, `TZID:${zone}`);
  }
  vtimezones.set(zone, block);
  return block;
}

function newCalendar(method: ICalCalendarMethod, name?: string): ICalCalendar {
  return ical({
    prodId: PRODUCT_ID,
    method,
    ...(name ? { name } : {}),
    timezone: { name: null, generator: vtimezoneFor },
  });
}

function descriptionOf(meeting: CalendarMeeting): string {
  const parts = [meeting.description.trim()];
  if (meeting.onlineUrl) parts.push(`Online: ${meeting.onlineUrl}`);
  if (meeting.pageUrl) parts.push(`Agenda and documents: ${meeting.pageUrl}`);
  return parts.filter(Boolean).join('\n\n');
}

function addMeeting(
  calendar: ICalCalendar,
  meeting: CalendarMeeting,
  stamp: Date,
  attendees: readonly CalendarPerson[] = [],
): void {
  const zoned = vtimezoneFor(meeting.timeZone) !== null;
  const event = calendar.createEvent({
    id: meeting.uid,
    sequence: meeting.sequence,
    stamp,
    lastModified: meeting.updatedAt,
    // A TZDate reads its wall-clock fields in the meeting's zone, whatever the server's zone.
    start: zoned ? new TZDate(meeting.startsAt.getTime(), meeting.timeZone) : meeting.startsAt,
    end: zoned ? new TZDate(meeting.endsAt.getTime(), meeting.timeZone) : meeting.endsAt,
    timezone: zoned ? meeting.timeZone : null,
    summary: meeting.title,
    description: descriptionOf(meeting),
    location: meeting.place ?? meeting.onlineUrl ?? null,
    url: meeting.pageUrl ?? meeting.onlineUrl ?? null,
    status: meeting.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    ...(meeting.organizer ? { organizer: meeting.organizer } : {}),
  });
  for (const attendee of attendees) {
    event.createAttendee({
      name: attendee.name,
      email: attendee.email,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      // Members answer in the portal; a calendar's reply to the organizer's mailbox would be lost.
      rsvp: false,
    });
  }
}

/**
 * The `.ics` for an invitation e-mail to one member: METHOD:REQUEST, or METHOD:CANCEL once the
 * meeting is cancelled. RFC 5546 wants the organizer and the attendee in both.
 */
export function meetingInvitation(
  meeting: CalendarMeeting,
  recipient: CalendarPerson,
  now: Date = new Date(),
): string {
  const calendar = newCalendar(meeting.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST);
  addMeeting(calendar, meeting, now, [recipient]);
  return calendar.toString();
}

/** The `.ics` download of one meeting. */
export function meetingDownload(meeting: CalendarMeeting, now: Date = new Date()): string {
  const calendar = newCalendar(ICalCalendarMethod.PUBLISH);
  addMeeting(calendar, meeting, now);
  return calendar.toString();
}

/** A member's calendar feed: every meeting they may see, cancelled ones marked as such. */
export function meetingFeed(
  meetings: readonly CalendarMeeting[],
  options: { name: string; now?: Date },
): string {
  const calendar = newCalendar(ICalCalendarMethod.PUBLISH, options.name);
  // Subscribed calendars poll; ask for an hourly refresh rather than the clients' daily default.
  calendar.ttl(60 * 60);
  const now = options.now ?? new Date();
  for (const meeting of meetings) addMeeting(calendar, meeting, now);
  return calendar.toString();
}
