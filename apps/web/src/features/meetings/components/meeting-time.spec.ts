import { instantToZonedLocal, meetingTimes, zonedLocalToInstant } from './meeting-time';

describe('meeting times across zones and summer time', () => {
  it('turns a wall-clock time in a zone into the instant, in winter and in summer', () => {
    expect(zonedLocalToInstant('2026-12-01T10:00', 'Europe/Tallinn')).toBe('2026-12-01T08:00:00.000Z');
    expect(zonedLocalToInstant('2026-06-10T10:00', 'Europe/Tallinn')).toBe('2026-06-10T07:00:00.000Z');
    expect(zonedLocalToInstant('2026-12-01T10:00', 'UTC')).toBe('2026-12-01T10:00:00.000Z');
    // The night the clocks go back: 03:30 happens twice in Tallinn; the first is taken.
    expect(
      instantToZonedLocal(zonedLocalToInstant('2026-10-25T03:30', 'Europe/Tallinn') ?? '', 'Europe/Tallinn'),
    ).toBe('2026-10-25T03:30');
    expect(zonedLocalToInstant('not a time', 'Europe/Tallinn')).toBeNull();
  });

  it('shows the viewer’s time only when it reads differently', () => {
    expect(
      meetingTimes('2026-12-01T08:00:00.000Z', '2026-12-01T10:00:00.000Z', 'Europe/Tallinn', 'Europe/Berlin'),
    ).toEqual({
      meeting: 'Tue, 1 Dec 2026, 10:00–12:00 Tallinn time (EET)',
      viewer: 'Tue, 1 Dec 2026, 09:00–11:00 your time (CET)',
    });
    expect(
      meetingTimes(
        '2026-12-01T08:00:00.000Z',
        '2026-12-01T10:00:00.000Z',
        'Europe/Tallinn',
        'Europe/Helsinki',
      ).viewer,
    ).toBeNull();
  });
});
