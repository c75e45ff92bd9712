import type { MeetingDetail } from '@egcc/contracts';

/** The agenda: the builder for chairs and admins, the read-only plan for everyone else. */
export function AgendaSection({ meeting }: { meeting: MeetingDetail }) {
  return (
    <section className="meeting-section" aria-labelledby="meeting-agenda-heading">
      <h2 id="meeting-agenda-heading">Agenda</h2>
      <p>{meeting.agendaVersion ? `Version ${meeting.agendaVersion}` : 'Not published yet.'}</p>
    </section>
  );
}
