import ICAL from 'ical.js';

/**
 * Parses an .ics as a calendar application does: its own VTIMEZONEs registered (so times read
 * in the meeting's zone), then its events.
 */
export function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar
    .getAllSubcomponents('vevent')
    .map((vevent) => ({ vevent, event: new ICAL.Event(vevent) }));
  return { calendar, events };
}

/** The one event of an .ics (a download or an invitation). */
export function parseIcs(text: string) {
  const { calendar, events } = parseCalendar(text);
  const [only] = events;
  if (!only || events.length !== 1) throw new Error(`Expected one VEVENT, found ${events.length}`);
  return { calendar, ...only };
}
