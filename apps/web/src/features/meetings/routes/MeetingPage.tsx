import { Link, useParams } from 'react-router';
import type { LoaderFactory } from '../../../shared/api/loader';
import { Flash, Notice } from '../../../shared/ui/Notice';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { agendaQuery } from '../api/get-agenda';
import { meetingQuery, useMeeting } from '../api/get-meeting';
import { AgendaSection } from '../components/AgendaSection';
import { DecisionsAndActions } from '../components/actions/DecisionsAndActions';
import { MeetingPackLink } from '../components/calendar/MeetingPackLink';
import { AttendanceSection } from '../components/AttendanceSection';
import { MinutesSection } from '../components/minutes/MinutesSection';
import { MeetingDetails } from '../components/MeetingDetails';
import { MeetingStatusBadge } from '../components/MeetingStatusBadge';
import '../components/meetings.css';

export const meetingLoader: LoaderFactory =
  (queryClient) =>
  async ({ params }) => {
    const id = params['id'] ?? '';
    await Promise.all([
      queryClient.ensureQueryData(meetingQuery(id)),
      queryClient.ensureQueryData(agendaQuery(id)),
    ]);
    return null;
  };

/**
 * One meeting: its details, the agenda, attendance, and after them the sections other parts of
 * the feature add (minutes, decisions and action items, the meeting pack).
 */
export function MeetingPage() {
  const id = useParams()['id'] ?? '';
  const { data: meeting } = useMeeting(id);
  usePageTitle(meeting.title);

  return (
    <article className="page meeting-page">
      <p className="breadcrumbs">
        <Link to="/meetings">Meetings</Link>
      </p>
      <div className="page__header">
        <h1>{meeting.title}</h1>
        <MeetingStatusBadge meeting={meeting} />
      </div>
      {meeting.actions.edit && (
        <div className="button-group button-group--compact">
          <Link to={`/meetings/${meeting.id}/edit`} className="button button--secondary">
            Edit the meeting
          </Link>
        </div>
      )}
      <Flash />
      {meeting.cancelledAt && (
        <Notice tone="warning" title="This meeting is cancelled">
          {meeting.cancellationReason && <p>Reason: {meeting.cancellationReason}</p>}
          <p>It stays listed as part of the group’s record.</p>
        </Notice>
      )}
      <MeetingDetails meeting={meeting} />
      <AgendaSection meeting={meeting} />
      <AttendanceSection meeting={meeting} />
      {/* Sections added by other parts of the feature, one line each, below this comment. */}
      <MinutesSection meeting={meeting} />
      <DecisionsAndActions meeting={meeting} />
      <MeetingPackLink meeting={meeting} />
    </article>
  );
}
