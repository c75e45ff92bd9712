import type { MeetingDetail } from '@egcc/contracts';
import { Link } from 'react-router';
import { Badge } from '../../../shared/ui/Badge';
import { useAgenda } from '../api/get-agenda';
import { AgendaBuilder } from './AgendaBuilder';
import { AgendaItemDetails } from './AgendaItemDetails';
import { PublishAgenda } from './PublishAgenda';
import { TimePlan } from './TimePlan';

/**
 * The agenda with its running time plan: the builder for chairs and the secretariat while the
 * meeting is not cancelled, the read-only agenda for everyone else.
 */
export function AgendaSection({ meeting }: { meeting: MeetingDetail }) {
  const { data: agenda } = useAgenda(meeting.id);
  const canEdit = meeting.actions.editAgenda && !meeting.cancelledAt;
  return (
    <section className="meeting-section agenda-section" aria-labelledby="meeting-agenda-heading">
      <div className="meeting-section__header">
        <h2 id="meeting-agenda-heading">Agenda</h2>
        {agenda.publishedVersion === null ? (
          <Badge>Draft</Badge>
        ) : (
          <Badge tone="info">Version {agenda.publishedVersion}</Badge>
        )}
        {canEdit && agenda.changedSincePublished && agenda.publishedVersion !== null && (
          <Badge tone="warning">Changed since version {agenda.publishedVersion}</Badge>
        )}
      </div>
      {agenda.publishedVersion !== null && (
        <p>
          <Link to={`/meetings/${meeting.id}/agenda/history`}>Agenda versions and what changed</Link>
        </p>
      )}
      {!canEdit && agenda.items.length > 0 && agenda.publishedVersion === null && (
        <p>This is a draft: it may change until the chair publishes it.</p>
      )}
      {!canEdit && agenda.changedSincePublished && agenda.publishedVersion !== null && (
        <p>
          The chair has changed the agenda since version {agenda.publishedVersion}; the changes are not
          published yet.
        </p>
      )}
      <TimePlan meeting={meeting} agenda={agenda} live={canEdit} />
      {canEdit ? (
        <>
          <AgendaBuilder meeting={meeting} agenda={agenda} />
          {meeting.actions.publishAgenda && <PublishAgenda meetingId={meeting.id} agenda={agenda} />}
        </>
      ) : agenda.items.length === 0 ? (
        <p className="empty-state">
          {agenda.publishedVersion === null
            ? 'The agenda has not been published yet.'
            : 'The agenda has no items.'}
        </p>
      ) : (
        <ol className="agenda-list" aria-label="Agenda items">
          {agenda.items.map((item) => (
            <li key={item.id} className="agenda-item">
              <div className="agenda-item__body">
                <AgendaItemDetails item={item} timeZone={meeting.timeZone} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
