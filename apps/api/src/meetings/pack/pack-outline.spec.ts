import { clock, meetingWhen } from './pack-outline';

describe('meeting pack times', () => {
  it('gives the meeting’s own wall-clock time and offset on both sides of a summer-time change', () => {
    expect(
      meetingWhen({
        startsAt: new Date('2031-03-27T08:00:00Z'),
        endsAt: new Date('2031-03-27T10:00:00Z'),
        timeZone: 'Europe/Helsinki',
      }),
    ).toBe('Thursday, 27 March 2031, 10:00–12:00 (Europe/Helsinki, UTC+2)');
    expect(
      meetingWhen({
        startsAt: new Date('2031-04-03T07:00:00Z'),
        endsAt: new Date('2031-04-03T09:00:00Z'),
        timeZone: 'Europe/Helsinki',
      }),
    ).toBe('Thursday, 3 April 2031, 10:00–12:00 (Europe/Helsinki, UTC+3)');
  });

  it('names both days of a meeting that runs over midnight or several days', () => {
    expect(
      meetingWhen({
        startsAt: new Date('2031-10-23T07:00:00Z'),
        endsAt: new Date('2031-10-24T13:30:00Z'),
        timeZone: 'Europe/Vilnius',
      }),
    ).toBe('Thursday, 23 October 2031, 10:00 to Friday, 24 October 2031, 16:30 (Europe/Vilnius, UTC+3)');
  });

  it('reads clock times in the zone, whatever the server’s zone, and says UTC plainly', () => {
    expect(clock(new Date('2031-06-12T23:15:00Z'), 'Europe/Berlin')).toBe('01:15');
    expect(
      meetingWhen({
        startsAt: new Date('2031-01-05T09:00:00Z'),
        endsAt: new Date('2031-01-05T10:00:00Z'),
        timeZone: 'UTC',
      }),
    ).toBe('Sunday, 5 January 2031, 09:00–10:00 (UTC)');
  });
});
