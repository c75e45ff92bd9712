import type { MeetingDetail } from '@egcc/contracts';
import { meetingCalendarUrl } from '../api/get-meeting';
import { meetingTimes } from './meeting-time';
import { RenderedMarkdown } from './RenderedMarkdown';
import { useViewerZone } from './use-viewer-zone';

/** When and where, the host, the description and the calendar download. */
export function MeetingDetails({ meeting }: { meeting: MeetingDetail }) {
  const times = meetingTimes(meeting.startsAt, meeting.endsAt, meeting.timeZone, useViewerZone());
  return (
    <section className="meeting-section" aria-labelledby="meeting-details-heading">
      <h2 id="meeting-details-heading">Details</h2>
      <dl className="meeting-facts">
        <div>
          <dt>When</dt>
          <dd>
            <time dateTime={meeting.startsAt}>{times.meeting}</time>
            {times.viewer && (
              <>
                <br />
                <span className="meeting-time__viewer">{times.viewer}</span>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>
            {meeting.place && <span className="meeting-facts__place">{meeting.place}</span>}
            {meeting.place && meeting.onlineUrl && <br />}
            {meeting.onlineUrl && (
              <a href={meeting.onlineUrl} rel="noopener noreferrer" target="_blank">
                Join online<span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            )}
          </dd>
        </div>
        {meeting.hostDelegation && (
          <div>
            <dt>Host</dt>
            <dd>{meeting.hostDelegation.name}</dd>
          </div>
        )}
      </dl>
      <p>
        <a className="button button--secondary" href={meetingCalendarUrl(meeting.id)} download>
          Add to calendar (.ics)
        </a>
      </p>
      <RenderedMarkdown text={meeting.description} headingLevel={3} />
    </section>
  );
}
