import type { Agenda, MeetingDetail } from '@egcc/contracts';
import { Notice } from '../../../shared/ui/Notice';
import { clockIn, formatMinutes, zoneAbbreviation, zoneCity } from './meeting-time';

/**
 * The running time plan's totals: the items' minutes against the meeting's, and a warning when
 * the agenda overruns. For the builder it is a live region, so an item that tips the agenda
 * over the meeting's end is announced.
 */
export function TimePlan({
  meeting,
  agenda,
  live,
}: {
  meeting: MeetingDetail;
  agenda: Agenda;
  live: boolean;
}) {
  const zone = `${zoneCity(meeting.timeZone)} time (${zoneAbbreviation(new Date(meeting.startsAt), meeting.timeZone)})`;
  const plannedEnd = new Date(Date.parse(meeting.startsAt) + agenda.totalMinutes * 60_000).toISOString();
  const summary = (
    <p className="time-plan__summary">
      Times in {zone}. The items take {formatMinutes(agenda.totalMinutes)} of the meeting’s{' '}
      {formatMinutes(agenda.meetingMinutes)} ({clockIn(meeting.startsAt, meeting.timeZone)}–
      {clockIn(meeting.endsAt, meeting.timeZone)})
      {agenda.items.length > 0 && agenda.overrunMinutes === 0
        ? `; they end at ${clockIn(plannedEnd, meeting.timeZone)}.`
        : '.'}
    </p>
  );
  const warning =
    agenda.overrunMinutes > 0 ? (
      <Notice
        tone="warning"
        title={`The agenda overruns the meeting by ${formatMinutes(agenda.overrunMinutes)}`}
      >
        <p>
          The items end at {clockIn(plannedEnd, meeting.timeZone)}, after the meeting ends at{' '}
          {clockIn(meeting.endsAt, meeting.timeZone)}. Shorten or remove items, or lengthen the meeting.
        </p>
      </Notice>
    ) : null;
  return (
    <div className="time-plan">
      {summary}
      {live ? (
        <div role="status" className="time-plan__warning">
          {warning}
        </div>
      ) : (
        warning
      )}
    </div>
  );
}
