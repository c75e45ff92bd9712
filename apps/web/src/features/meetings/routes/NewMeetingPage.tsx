import { Link } from 'react-router';
import { usePageTitle } from '../../../shared/ui/usePageTitle';

/** Schedules a meeting (chairs and the secretariat). */
export function NewMeetingPage() {
  usePageTitle('Schedule a meeting');
  return (
    <article className="page">
      <p className="breadcrumbs">
        <Link to="/meetings">Meetings</Link>
      </p>
      <h1>Schedule a meeting</h1>
    </article>
  );
}
