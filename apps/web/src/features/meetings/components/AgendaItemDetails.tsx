import type { AgendaItemView } from '@egcc/contracts';
import { Link } from 'react-router';
import { FollowUpActionItems } from './actions/FollowUpActionItems';
import { AGENDA_ITEM_KIND } from './labels';
import { clockIn, formatMinutes } from './meeting-time';
import { RenderedMarkdown } from './RenderedMarkdown';

export function presenterText(item: Pick<AgendaItemView, 'presenter'>): string | null {
  const presenter = item.presenter;
  if (!presenter) return null;
  if (presenter.kind === 'DELEGATION') return presenter.delegation.name;
  return presenter.member.delegation
    ? `${presenter.member.name} (${presenter.member.delegation.name})`
    : presenter.member.name;
}

/** One agenda item as members read it: time, title, kind, presenter, description, links. */
export function AgendaItemDetails({ item, timeZone }: { item: AgendaItemView; timeZone: string }) {
  const headingId = `agenda-item-${item.id}-title`;
  const end = new Date(Date.parse(item.plannedStartsAt) + item.durationMinutes * 60_000).toISOString();
  const presenter = presenterText(item);
  return (
    <div className="agenda-item__details">
      <p className="agenda-item__time">
        <time dateTime={item.plannedStartsAt}>{clockIn(item.plannedStartsAt, timeZone)}</time>–
        <time dateTime={end}>{clockIn(end, timeZone)}</time>
        <span className="agenda-item__duration"> ({formatMinutes(item.durationMinutes)})</span>
      </p>
      <h3 className="agenda-item__title" id={headingId}>
        <span className="agenda-item__number">{item.position}.</span> {item.title}
      </h3>
      <p className="agenda-item__meta">
        {AGENDA_ITEM_KIND[item.kind]}
        {presenter && <> · Presented by {presenter}</>}
      </p>
      <RenderedMarkdown text={item.description} headingLevel={4} />
      {(item.reports.length > 0 || item.threads.length > 0) && (
        <ul className="agenda-item__links" aria-label={`Linked to “${item.title}”`}>
          {item.reports.map((report) => (
            <li key={report.id}>
              Report: <Link to={`/reports/${report.id}`}>{report.title}</Link>
            </li>
          ))}
          {item.threads.map((thread) => (
            <li key={thread.id}>
              Discussion: <Link to={`/discussions/${thread.id}`}>{thread.title}</Link>
            </li>
          ))}
        </ul>
      )}
      {item.isActionItemFollowUp && (
        // The action items of earlier meetings still open: what this item goes through.
        <FollowUpActionItems items={item.actionItems ?? []} labelledBy={headingId} />
      )}
    </div>
  );
}
