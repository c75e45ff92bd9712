import { Link, useParams } from 'react-router';
import type { LoaderFactory } from '../../../shared/api/loader';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { meetingQuery, useMeeting } from '../api/get-meeting';

export const agendaHistoryLoader: LoaderFactory =
  (queryClient) =>
  async ({ params }) => {
    await queryClient.ensureQueryData(meetingQuery(params['id'] ?? ''));
    return null;
  };

/** The published versions of a meeting's agenda, and what changed between two of them. */
export function AgendaHistoryPage() {
  const id = useParams()['id'] ?? '';
  const { data: meeting } = useMeeting(id);
  usePageTitle(`Agenda versions: ${meeting.title}`);
  return (
    <article className="page">
      <p className="breadcrumbs">
        <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
      </p>
      <h1>Agenda versions</h1>
    </article>
  );
}
