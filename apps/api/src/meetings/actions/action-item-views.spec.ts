import { addDays, dayOf, dayValue, groupToday, longDay } from './action-item-views';

describe('action item days in the group’s calendar (Europe/Brussels)', () => {
  it('turns over at midnight in Brussels, winter and summer time alike', () => {
    expect(groupToday(new Date('2026-11-29T22:59:00Z'))).toBe('2026-11-29');
    expect(groupToday(new Date('2026-11-29T23:00:00Z'))).toBe('2026-11-30');
    expect(groupToday(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(groupToday(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });

  it('counts days across months, years and the change of time', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2027-03-25', 7)).toBe('2027-04-01');
    expect(addDays('2028-02-27', 3)).toBe('2028-03-01');
    expect(addDays('2026-12-01', -3)).toBe('2026-11-28');
  });

  it('stores a day as midnight UTC, as a DATE column reads back, and writes it as people do', () => {
    expect(dayValue('2026-12-15').toISOString()).toBe('2026-12-15T00:00:00.000Z');
    expect(dayOf(dayValue('2026-12-15'))).toBe('2026-12-15');
    expect(longDay('2026-12-07')).toBe('7 December 2026');
  });
});
