import type { MeetingDetail } from '@egcc/contracts';
import { meetingPackUrl } from '../../api/calendar-feed';

/** The meeting pack: agenda, linked reports and discussions in one PDF, for paper or offline reading. */
export function MeetingPackLink({ meeting }: { meeting: Pick<MeetingDetail, 'id' | 'agendaVersion'> }) {
  return (
    <section className="meeting-section" aria-labelledby="meeting-pack-heading">
      <h2 id="meeting-pack-heading">Meeting pack</h2>
      <p>
        The agenda
        {meeting.agendaVersion === null ? ' (still a draft)' : ` (version ${meeting.agendaVersion})`} with its
        time plan, and the published reports and discussions it links to, in one PDF to read on paper or
        offline.
      </p>
      <p>
        <a className="button button--secondary" href={meetingPackUrl(meeting.id)} download>
          Download meeting pack (PDF)
        </a>
      </p>
    </section>
  );
}
