import { Link } from 'react-router';
import { delegationsQuery } from '../../../shared/api/get-delegations';
import type { LoaderFactory } from '../../../shared/api/loader';
import { useAbility } from '../../../shared/session/ability';
import { Notice } from '../../../shared/ui/Notice';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { MeetingForm } from '../components/MeetingForm';
import '../components/meetings.css';

export const newMeetingLoader: LoaderFactory = (queryClient) => async () => {
  await queryClient.ensureQueryData(delegationsQuery());
  return null;
};

/** Schedules a meeting (chairs and the secretariat). */
export function NewMeetingPage() {
  usePageTitle('Schedule a meeting');
  const canSchedule = useAbility().can('create', 'Meeting');
  return (
    <article className="page">
      <p className="breadcrumbs">
        <Link to="/meetings">Meetings</Link>
      </p>
      <h1>Schedule a meeting</h1>
      {canSchedule ? (
        <>
          <p className="lead">
            The meeting starts as a draft: build its agenda, then publish it to tell members.
          </p>
          <MeetingForm />
        </>
      ) : (
        <Notice tone="info">
          <p>The chair and the secretariat schedule meetings.</p>
        </Notice>
      )}
    </article>
  );
}
