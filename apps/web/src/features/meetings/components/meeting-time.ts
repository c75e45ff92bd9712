/**
 * Meeting times: shown in the meeting's own zone and in the viewer's, each labelled, e.g.
 * "Tue 1 Dec 2026, 10:00–12:00 Tallinn (EET) · 09:00–11:00 your time (CET)".
 */

/** The viewer's own IANA zone, as the browser knows it. */
export function viewerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** "Tallinn" from "Europe/Tallinn", "Buenos Aires" from "America/Argentina/Buenos_Aires". */
export function zoneCity(zone: string): string {
  const last = zone.split('/').at(-1) ?? zone;
  return last.replace(/_/g, ' ');
}

/** The zone's short name at that instant ("EET", "EEST", "GMT+2"). */
export function zoneAbbreviation(instant: Date, zone: string): string {
  const part = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}

const dateFormat = (zone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
const timeFormat = (zone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export function formatDateIn(instant: string | Date, zone: string): string {
  return dateFormat(zone).format(new Date(instant));
}

export function formatTimeIn(instant: string | Date, zone: string): string {
  return timeFormat(zone).format(new Date(instant));
}

/** Same calendar day in that zone? */
function sameDay(a: Date, b: Date, zone: string): boolean {
  const f = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return f.format(a) === f.format(b);
}

/** "Tue 1 Dec 2026, 10:00–12:00" or, over several days, "Tue 1 Dec 2026, 10:00 – Wed 2 Dec 2026, 13:00". */
export function formatRangeIn(startsAt: string, endsAt: string, zone: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (sameDay(start, end, zone)) {
    return `${formatDateIn(start, zone)}, ${formatTimeIn(start, zone)}–${formatTimeIn(end, zone)}`;
  }
  return `${formatDateIn(start, zone)}, ${formatTimeIn(start, zone)} – ${formatDateIn(end, zone)}, ${formatTimeIn(end, zone)}`;
}

/** Whether two zones show the same wall-clock time at that instant (no need to say it twice). */
export function sameOffset(instant: string | Date, a: string, b: string): boolean {
  const d = new Date(instant);
  const f = (zone: string) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(d);
  return f(a) === f(b);
}

export interface MeetingTimes {
  /** In the meeting's zone, labelled with the city and the zone's short name. */
  meeting: string;
  /** In the viewer's zone; null when it reads the same as the meeting's. */
  viewer: string | null;
}

export function meetingTimes(
  startsAt: string,
  endsAt: string,
  meetingZone: string,
  viewerZone: string = viewerTimeZone(),
): MeetingTimes {
  const start = new Date(startsAt);
  const meeting = `${formatRangeIn(startsAt, endsAt, meetingZone)} ${zoneCity(meetingZone)} time (${zoneAbbreviation(start, meetingZone)})`;
  if (sameOffset(startsAt, meetingZone, viewerZone) && sameOffset(endsAt, meetingZone, viewerZone)) {
    return { meeting, viewer: null };
  }
  const viewer = `${formatRangeIn(startsAt, endsAt, viewerZone)} your time (${zoneAbbreviation(start, viewerZone)})`;
  return { meeting, viewer };
}

/** A planned start for the time plan: "10:30" in the meeting's zone. */
export function clockIn(instant: string, zone: string): string {
  return formatTimeIn(instant, zone);
}

/** "1 h 30 min", "45 min". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  if (m === 0) return `${h} h`;
  return `${h} h ${m} min`;
}

/**
 * The instant of a wall-clock date-time ("2026-12-01T10:00") in an IANA zone, as ISO. Two
 * passes settle summer-time changes; a time skipped by the clocks moves forward by the gap.
 */
export function zonedLocalToInstant(local: string, zone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wanted = Date.UTC(y, mo - 1, d, h, mi);
  let guess = wanted;
  for (let i = 0; i < 3; i++) {
    const offset = offsetMinutes(new Date(guess), zone);
    const next = wanted - offset * 60_000;
    if (next === guess) break;
    guess = next;
  }
  return new Date(guess).toISOString();
}

/** The wall-clock "YYYY-MM-DDTHH:mm" of an instant in a zone: what a datetime-local field shows. */
export function instantToZonedLocal(instant: string, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}`;
}

/** Minutes the zone is ahead of UTC at that instant. */
function offsetMinutes(instant: Date, zone: string): number {
  const local = instantToZonedLocal(instant.toISOString(), zone);
  const asUtc = Date.parse(`${local}:00Z`);
  const truncated = Math.floor(instant.getTime() / 60_000) * 60_000;
  return Math.round((asUtc - truncated) / 60_000);
}
