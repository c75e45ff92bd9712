import { meetingTimes } from './meeting-time';
import { useViewerZone } from './use-viewer-zone';

/** The meeting's time in its own zone and, when it differs, in the viewer's. */
export function MeetingTime({
  startsAt,
  endsAt,
  timeZone,
  viewerZone,
}: {
  startsAt: string;
  endsAt: string;
  timeZone: string;
  viewerZone?: string;
}) {
  const ownZone = useViewerZone();
  const times = meetingTimes(startsAt, endsAt, timeZone, viewerZone ?? ownZone);
  return (
    <span className="meeting-time">
      <time dateTime={startsAt}>{times.meeting}</time>
      {times.viewer && (
        <>
          <span aria-hidden="true"> · </span>
          <span className="meeting-time__viewer">{times.viewer}</span>
        </>
      )}
    </span>
  );
}
