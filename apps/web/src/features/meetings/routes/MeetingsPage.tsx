import type { MeetingSummary } from '@egcc/contracts';
import { Link, useSearchParams } from 'react-router';
import type { LoaderFactory } from '../../../shared/api/loader';
import { useAbility } from '../../../shared/session/ability';
import { Flash } from '../../../shared/ui/Notice';
import { ShowMore } from '../../../shared/ui/ShowMore';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { meetingsQuery, type MeetingsWhen, useMeetings } from '../api/get-meetings';
import { ATTENDANCE_RESPONSE } from '../components/labels';
import { MeetingStatusBadge } from '../components/MeetingStatusBadge';
import { MeetingTime } from '../components/MeetingTime';
import '../components/meetings.css';

const whenOf = (params: URLSearchParams): MeetingsWhen =>
  params.get('when') === 'past' ? 'past' : 'upcoming';

export const meetingsLoader: LoaderFactory =
  (queryClient) =>
  async ({ request }) => {
    await queryClient.ensureInfiniteQueryData(meetingsQuery(whenOf(new URL(request.url).searchParams)));
    return null;
  };

/** Upcoming meetings (soonest first) and past ones (latest first), as two views of one list. */
export function MeetingsPage() {
  usePageTitle('Meetings');
  const [params] = useSearchParams();
  const when = whenOf(params);
  const meetings = useMeetings(when);
  const canSchedule = useAbility().can('create', 'Meeting');
  const rows = meetings.data.pages.flatMap((page) => page.items);

  return (
    <article className="page">
      <div className="page__header">
        <h1>Meetings</h1>
        {canSchedule && (
          <div className="button-group button-group--compact">
            <Link to="/meetings/new" className="button">
              Schedule a meeting
            </Link>
          </div>
        )}
      </div>
      <Flash />
      <nav aria-label="Which meetings" className="sub-nav">
        <ul>
          <li>
            <Link to="/meetings" aria-current={when === 'upcoming' ? 'page' : undefined}>
              Upcoming
            </Link>
          </li>
          <li>
            <Link to="/meetings?when=past" aria-current={when === 'past' ? 'page' : undefined}>
              Past
            </Link>
          </li>
        </ul>
      </nav>
      <h2 className="visually-hidden">{when === 'upcoming' ? 'Upcoming meetings' : 'Past meetings'}</h2>
      {rows.length === 0 ? (
        <div role="status" className="empty-state">
          {when === 'upcoming' ? (
            <p>
              No meetings are scheduled.
              {canSchedule ? ' Schedule one with “Schedule a meeting”.' : ' The chair schedules them.'}
            </p>
          ) : (
            <p>No meetings have been held yet.</p>
          )}
        </div>
      ) : (
        <ul className="meeting-list" aria-label={when === 'upcoming' ? 'Upcoming meetings' : 'Past meetings'}>
          {rows.map((meeting) => (
            <MeetingItem key={meeting.id} meeting={meeting} past={when === 'past'} />
          ))}
        </ul>
      )}
      <ShowMore list={meetings} shown={rows.length} noun="meetings" />
    </article>
  );
}

function MeetingItem({ meeting, past }: { meeting: MeetingSummary; past: boolean }) {
  const where = [meeting.place, meeting.onlineUrl ? 'Online' : null].filter(Boolean).join(' and online');
  return (
    <li className={`meeting-item${meeting.cancelledAt ? ' meeting-item--cancelled' : ''}`}>
      <div className="meeting-item__heading">
        <h3 className="meeting-item__title">
          <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
        </h3>
        <MeetingStatusBadge meeting={meeting} />
      </div>
      <p className="meeting-item__time">
        <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} timeZone={meeting.timeZone} />
      </p>
      <p className="meeting-item__meta">
        {where || 'Place to be announced'}
        {meeting.hostDelegation && <> · Hosted by {meeting.hostDelegation.name}</>}
        {meeting.myAttendance ? (
          <> · Your answer: {ATTENDANCE_RESPONSE[meeting.myAttendance]}</>
        ) : meeting.cancelledAt || past ? null : (
          <> · You have not answered yet</>
        )}
      </p>
    </li>
  );
}
