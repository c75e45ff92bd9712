import type {
  AgendaDiff,
  AgendaItemChange,
  AgendaItemField,
  AgendaSnapshotItem,
  DiffPart,
} from '@egcc/contracts';
import { AGENDA_ITEM_KIND } from './labels';
import { formatDateIn, formatMinutes, formatTimeIn } from './meeting-time';
import { DiffParts } from '../../../shared/ui/DiffParts';

const FIELD: Record<AgendaItemField, string> = {
  title: 'title',
  description: 'description',
  kind: 'kind',
  durationMinutes: 'duration',
  presenter: 'presenter',
  reports: 'linked reports',
  threads: 'linked discussions',
  position: 'position',
};

const MEETING_FIELD: Record<AgendaDiff['meetingChanges'][number]['field'], string> = {
  title: 'Title',
  startsAt: 'Start',
  endsAt: 'End',
  timeZone: 'Time zone',
  place: 'Place',
  onlineUrl: 'Online link',
};

/** What one change is, in words: never by colour alone. */
export function changeLabel(change: AgendaItemChange): string {
  if (change.change === 'ADDED') return `Added as item ${change.toPosition}`;
  if (change.change === 'REMOVED') return `Removed (was item ${change.fromPosition})`;
  if (change.change === 'UNCHANGED') return 'Unchanged';
  const moved = change.changedFields.includes('position');
  const others = change.changedFields.filter((field) => field !== 'position').map((field) => FIELD[field]);
  const parts = [
    moved ? `Moved from item ${change.fromPosition} to item ${change.toPosition}` : null,
    others.length ? `Changed: ${others.join(', ')}` : null,
  ].filter(Boolean);
  return parts.join('; ');
}

const presenterName = (item: AgendaSnapshotItem | null) => item?.presenter?.name ?? 'the chair';
const links = (items: { title: string }[]) =>
  items.length ? items.map((link) => link.title).join('; ') : 'none';

/** Before and after of the fields other than title and description (those show word by word). */
function FieldChanges({ change }: { change: AgendaItemChange }) {
  const rows: { field: string; before: string; after: string }[] = [];
  const { before, after } = change;
  for (const field of change.changedFields) {
    if (field === 'kind')
      rows.push({
        field: 'Kind',
        before: before ? AGENDA_ITEM_KIND[before.kind] : '',
        after: after ? AGENDA_ITEM_KIND[after.kind] : '',
      });
    if (field === 'durationMinutes')
      rows.push({
        field: 'Duration',
        before: before ? formatMinutes(before.durationMinutes) : '',
        after: after ? formatMinutes(after.durationMinutes) : '',
      });
    if (field === 'presenter')
      rows.push({ field: 'Presenter', before: presenterName(before), after: presenterName(after) });
    if (field === 'reports')
      rows.push({
        field: 'Linked reports',
        before: links(before?.reports ?? []),
        after: links(after?.reports ?? []),
      });
    if (field === 'threads')
      rows.push({
        field: 'Linked discussions',
        before: links(before?.threads ?? []),
        after: links(after?.threads ?? []),
      });
  }
  if (rows.length === 0) return null;
  return (
    <dl className="agenda-diff__fields">
      {rows.map((row) => (
        <div key={row.field}>
          <dt>{row.field}</dt>
          <dd>
            <span className="visually-hidden">was </span>
            <del>{row.before}</del> <span aria-hidden="true">→</span>
            <span className="visually-hidden">, now </span> <ins>{row.after}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function DiffText({ parts }: { parts: DiffPart[] }) {
  return (
    <p className="agenda-diff__text">
      <DiffParts parts={parts} />
    </p>
  );
}

/**
 * What changed between two agenda versions: the meeting's own particulars, then every item in
 * the newer order (removed ones where they stood), each labelled in words.
 */
export function AgendaDiffView({ diff, timeZone }: { diff: AgendaDiff; timeZone: string }) {
  // Start and end are instants: shown in the meeting's zone (the newer one when the zone changed).
  const zone = diff.meetingChanges.find((change) => change.field === 'timeZone')?.after ?? timeZone;
  const show = (field: AgendaDiff['meetingChanges'][number]['field'], value: string | null) => {
    if (value === null) return '(none)';
    if ((field === 'startsAt' || field === 'endsAt') && !Number.isNaN(Date.parse(value))) {
      return `${formatDateIn(value, zone)}, ${formatTimeIn(value, zone)}`;
    }
    return value;
  };
  const changed = diff.items.filter((item) => item.change !== 'UNCHANGED');
  return (
    <div className="agenda-diff">
      <p>
        {changed.length === 0 && diff.meetingChanges.length === 0
          ? 'The two versions are the same.'
          : `${changed.length === 1 ? '1 item' : `${changed.length} items`} changed` +
            (diff.meetingChanges.length
              ? `, and the meeting’s ${diff.meetingChanges.length === 1 ? 'particular' : 'particulars'} below.`
              : '.')}
      </p>
      {diff.meetingChanges.length > 0 && (
        <table className="table">
          <caption>The meeting</caption>
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Version {diff.from.number}</th>
              <th scope="col">Version {diff.to.number}</th>
            </tr>
          </thead>
          <tbody>
            {diff.meetingChanges.map((change) => (
              <tr key={change.field}>
                <th scope="row">{MEETING_FIELD[change.field]}</th>
                <td>{show(change.field, change.before)}</td>
                <td>{show(change.field, change.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ol className="agenda-diff__items" aria-label="Agenda items compared">
        {diff.items.map((change) => {
          const item = change.after ?? change.before;
          return (
            <li
              key={change.itemId}
              className={`agenda-diff__item agenda-diff__item--${change.change.toLowerCase()}`}
            >
              <p className="agenda-diff__title">
                <strong>{item?.title}</strong>{' '}
                <span className="agenda-diff__label">— {changeLabel(change)}</span>
              </p>
              {change.change === 'CHANGED' &&
                (change.changedFields.includes('title') || change.changedFields.includes('description')) && (
                  <DiffText parts={change.parts} />
                )}
              {change.change === 'CHANGED' && <FieldChanges change={change} />}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
