import { Link, useParams } from 'react-router';
import type { LoaderFactory } from '../../../shared/api/loader';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { meetingQuery, useMeeting } from '../api/get-meeting';

export const editMeetingLoader: LoaderFactory =
  (queryClient) =>
  async ({ params }) => {
    await queryClient.ensureQueryData(meetingQuery(params['id'] ?? ''));
    return null;
  };

/** Changes a meeting's particulars, or cancels it. */
export function EditMeetingPage() {
  const id = useParams()['id'] ?? '';
  const { data: meeting } = useMeeting(id);
  usePageTitle(`Edit ${meeting.title}`);
  return (
    <article className="page">
      <p className="breadcrumbs">
        <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
      </p>
      <h1>Edit the meeting</h1>
    </article>
  );
}
