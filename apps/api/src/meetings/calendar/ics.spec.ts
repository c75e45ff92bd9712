import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { type CalendarMeeting, meetingDownload, meetingFeed, meetingInvitation, vtimezoneFor } from './ics';

const meeting = (overrides: Partial<CalendarMeeting> = {}): CalendarMeeting => ({
  uid: '0190a6c4-7d1e-7000-8000-00000000a001@egcc.cbss.org',
  sequence: 0,
  title: '52nd meeting of the Expert Group',
  description: 'Hosted by Lithuania.',
  startsAt: new Date('2026-07-10T07:00:00Z'),
  endsAt: new Date('2026-07-10T15:00:00Z'),
  timeZone: 'Europe/Vilnius',
  place: 'Vilnius, Ministry of Social Security and Labour',
  onlineUrl: 'https://meet.example.org/egcc-52',
  pageUrl: 'https://portal.example.org/meetings/0190a6c4-7d1e-7000-8000-00000000a001',
  organizer: { name: 'Children’s Unit, CBSS Secretariat', email: 'children@example.org' },
  cancelled: false,
  updatedAt: new Date('2026-05-01T09:30:00Z'),
  ...overrides,
});

const tsconfig = join(__dirname, '../../../tsconfig.spec.json');
const delegate = { name: 'Kadri Tamm', email: 'kadri.tamm@example.org' };

/** Parses with ical.js, registering the file's own VTIMEZONEs as a calendar application does. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { calendar, events };
}

function onlyEvent(text: string) {
  const { calendar, events } = parse(text);
  expect(events).toHaveLength(1);
  return { calendar, event: events[0]! };
}

const lines = (text: string) => text.split('\r\n');
const wallClock = (time: ICAL.Time) =>
  `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;

afterAll(() => ICAL.TimezoneService.reset());

describe('times and zones', () => {
  it('writes a summer meeting at 10:00 in Vilnius as 10:00 local, 07:00 UTC', () => {
    const text = meetingDownload(meeting());
    expect(text).toContain('DTSTART;TZID=Europe/Vilnius:20260710T100000\r\n');
    expect(text).toContain('DTEND;TZID=Europe/Vilnius:20260710T180000\r\n');
    const { event } = onlyEvent(text);
    expect(event.startDate.zone.tzid).toBe('Europe/Vilnius');
    expect(wallClock(event.startDate)).toBe('10:00');
    expect(event.startDate.utcOffset()).toBe(3 * 3600);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-07-10T07:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-07-10T15:00:00.000Z');
  });

  it('writes a winter meeting at 10:00 in Vilnius as 10:00 local, 08:00 UTC', () => {
    const text = meetingDownload(
      meeting({ startsAt: new Date('2027-01-14T08:00:00Z'), endsAt: new Date('2027-01-14T12:30:00Z') }),
    );
    expect(text).toContain('DTSTART;TZID=Europe/Vilnius:20270114T100000\r\n');
    const { event } = onlyEvent(text);
    expect(wallClock(event.startDate)).toBe('10:00');
    expect(wallClock(event.endDate)).toBe('14:30');
    expect(event.startDate.utcOffset()).toBe(2 * 3600);
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-01-14T08:00:00.000Z');
  });

  it('keeps a meeting that spans the end of summer time to its real length', () => {
    // Summer time ends in Vilnius at 04:00 on Sunday 25 October 2026 (clocks go back to 03:00).
    const startsAt = new Date('2026-10-24T11:00:00Z'); // Saturday 14:00 EEST
    const endsAt = new Date('2026-10-25T10:00:00Z'); // Sunday 12:00 EET
    const { event } = onlyEvent(meetingDownload(meeting({ startsAt, endsAt })));
    expect(wallClock(event.startDate)).toBe('14:00');
    expect(wallClock(event.endDate)).toBe('12:00');
    expect(event.startDate.utcOffset()).toBe(3 * 3600);
    expect(event.endDate.utcOffset()).toBe(2 * 3600);
    expect(event.startDate.toJSDate().getTime()).toBe(startsAt.getTime());
    expect(event.endDate.toJSDate().getTime()).toBe(endsAt.getTime());
    // 22 hours on the wall clock, 23 in fact.
    expect(event.duration.toSeconds()).toBe(23 * 3600);
  });

  it('carries a VTIMEZONE with both summer and winter rules', () => {
    const { calendar } = onlyEvent(meetingDownload(meeting()));
    const zones = calendar.getAllSubcomponents('vtimezone');
    expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Europe/Vilnius']);
    const [zone] = zones;
    expect(zone!.getAllSubcomponents('daylight')[0]!.getFirstPropertyValue('rrule')).toBeTruthy();
    expect(zone!.getAllSubcomponents('standard')[0]!.getFirstPropertyValue('rrule')).toBeTruthy();
  });

  it('does not depend on the server’s own time zone', () => {
    // Jest's process.env does not reach the clock: ask a separate Node process in another zone.
    const script = `
      const { meetingDownload } = require('./ics');
      const meeting = JSON.parse(process.env.MEETING);
      for (const key of ['startsAt', 'endsAt', 'updatedAt']) meeting[key] = new Date(meeting[key]);
      process.stdout.write(JSON.stringify({ hours: meeting.startsAt.getHours(), ics: meetingDownload(meeting) }));
    `;
    const output = execFileSync(process.execPath, ['-r', '@swc-node/register', '-e', script], {
      cwd: __dirname,
      env: {
        ...process.env,
        TZ: 'America/Los_Angeles',
        MEETING: JSON.stringify(meeting()),
        SWC_NODE_PROJECT: tsconfig,
      },
      encoding: 'utf8',
    });
    const { hours, ics } = JSON.parse(output) as { hours: number; ics: string };
    expect(hours).toBe(0);
    expect(ics).toContain('DTSTART;TZID=Europe/Vilnius:20260710T100000\r\n');
    expect(ics).toContain('DTEND;TZID=Europe/Vilnius:20260710T180000\r\n');
  });

  it('gives each zone of a feed its own VTIMEZONE, once', () => {
    const text = meetingFeed(
      [
        meeting({ uid: 'a@egcc', timeZone: 'Europe/Vilnius' }),
        meeting({
          uid: 'b@egcc',
          timeZone: 'Atlantic/Reykjavik',
          startsAt: new Date('2027-03-02T09:00:00Z'),
          endsAt: new Date('2027-03-02T16:00:00Z'),
        }),
        meeting({
          uid: 'c@egcc',
          timeZone: 'Europe/Vilnius',
          startsAt: new Date('2027-01-14T08:00:00Z'),
          endsAt: new Date('2027-01-14T12:00:00Z'),
        }),
      ],
      { name: 'EGCC meetings' },
    );
    const { calendar, events } = parse(text);
    expect(
      calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid')),
    ).toEqual(['Europe/Vilnius', 'Atlantic/Reykjavik']);
    expect(events.map((event) => [event.uid, wallClock(event.startDate), event.startDate.zone.tzid])).toEqual(
      [
        ['a@egcc', '10:00', 'Europe/Vilnius'],
        ['b@egcc', '09:00', 'Atlantic/Reykjavik'],
        ['c@egcc', '10:00', 'Europe/Vilnius'],
      ],
    );
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('EGCC meetings');
  });

  it('falls back to UTC instants for a zone it has no rules for', () => {
    expect(vtimezoneFor('Mars/Olympus_Mons')).toBeNull();
    const text = meetingDownload(meeting({ timeZone: 'Mars/Olympus_Mons' }));
    expect(text).toContain('DTSTART:20260710T070000Z\r\n');
    expect(text).not.toContain('BEGIN:VTIMEZONE');
    const { event } = onlyEvent(text);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-07-10T07:00:00.000Z');
  });
});

describe('updates and methods', () => {
  it('keeps the UID and raises the SEQUENCE when the meeting changes', () => {
    const first = onlyEvent(meetingDownload(meeting({ sequence: 0 }))).event;
    const moved = onlyEvent(
      meetingDownload(
        meeting({
          sequence: 1,
          startsAt: new Date('2026-07-10T08:00:00Z'),
          endsAt: new Date('2026-07-10T15:00:00Z'),
        }),
      ),
    ).event;
    expect(moved.uid).toBe(first.uid);
    expect(first.sequence).toBe(0);
    expect(moved.sequence).toBe(1);
    expect(moved.sequence).toBeGreaterThan(first.sequence);
    expect(wallClock(moved.startDate)).toBe('11:00');
  });

  it('sends an invitation as METHOD:REQUEST with the organizer and the attendee', () => {
    const text = meetingInvitation(meeting({ sequence: 2 }), delegate);
    const { calendar, event } = onlyEvent(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.sequence).toBe(2);
    expect(event.organizer).toBe('mailto:children@example.org');
    expect(event.attendees.map((attendee) => String(attendee.getFirstValue()).toLowerCase())).toEqual([
      'mailto:kadri.tamm@example.org',
    ]);
    expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('sends a cancelled meeting as METHOD:CANCEL, STATUS:CANCELLED', () => {
    const text = meetingInvitation(meeting({ sequence: 3, cancelled: true }), delegate);
    const { calendar, event } = onlyEvent(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.sequence).toBe(3);
  });

  it('offers downloads as METHOD:PUBLISH with place, link and portal page', () => {
    const { calendar, event } = onlyEvent(meetingDownload(meeting()));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(event.location).toBe('Vilnius, Ministry of Social Security and Labour');
    expect(event.description).toContain('Online: https://meet.example.org/egcc-52');
    expect(event.component.getFirstPropertyValue('url')).toBe(
      'https://portal.example.org/meetings/0190a6c4-7d1e-7000-8000-00000000a001',
    );
    const online = onlyEvent(meetingDownload(meeting({ place: null }))).event;
    expect(online.location).toBe('https://meet.example.org/egcc-52');
  });
});

describe('text', () => {
  it('escapes commas, semicolons, backslashes and newlines, and reads them back unchanged', () => {
    const title = 'Gaps in services; capacity, expertise \\ next steps';
    const description = 'Item 1: welcome, adoption of the agenda;\nItem 2: tour de table\n\nBring reports.';
    const text = meetingDownload(meeting({ title, description, place: 'Room 3, floor 2; east wing' }));
    expect(text).toContain('SUMMARY:Gaps in services\\; capacity\\, expertise \\\\ next steps\r\n');
    expect(text).toContain('LOCATION:Room 3\\, floor 2\\; east wing\r\n');
    expect(text).not.toMatch(/[^\r]\n/);
    const { event } = onlyEvent(text);
    expect(event.summary).toBe(title);
    expect(event.location).toBe('Room 3, floor 2; east wing');
    expect(event.description.startsWith(description)).toBe(true);
  });

  it('folds lines at 75 octets without splitting a character, and unfolds to the same text', () => {
    const title = 'Sąjūdis ir vaikų teisės: Børnehjem i Ålborg, Łódź i Gdańsk — ąčęėįšųūž ø ł '
      .repeat(3)
      .trim();
    const text = meetingDownload(meeting({ title, description: 'ąøł '.repeat(80) }));
    for (const line of lines(text)) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    const summary = lines(text).findIndex((line) => line.startsWith('SUMMARY:'));
    expect(lines(text)[summary + 1]!.startsWith(' ')).toBe(true);
    const { event } = onlyEvent(text);
    expect(event.summary).toBe(title);
    expect(event.description.startsWith('ąøł '.repeat(80).trim())).toBe(true);
  });

  it('ends every line with CRLF', () => {
    const text = meetingFeed([meeting()], { name: 'EGCC meetings' });
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
