import type { LoaderFactory } from '../../../shared/api/loader';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { calendarFeedQuery } from '../../meetings/api/calendar-feed';
import { CalendarFeedSettings } from '../../meetings/components/calendar/CalendarFeedSettings';
import { ProfileNav } from '../components/ProfileNav';

export const calendarFeedLoader: LoaderFactory = (queryClient) => async () => {
  await queryClient.ensureQueryData(calendarFeedQuery());
  return null;
};

/** The member's personal calendar feed, among their account pages. */
export function CalendarFeedPage() {
  usePageTitle('Calendar feed');
  return (
    <article className="page">
      <h1>Calendar feed</h1>
      <ProfileNav />
      <CalendarFeedSettings />
    </article>
  );
}
