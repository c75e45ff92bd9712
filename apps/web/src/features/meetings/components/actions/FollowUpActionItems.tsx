import type { ActionItemSummary } from '@egcc/contracts';
import { Link } from 'react-router';
import { formatDate } from '../../../../shared/ui/format';
import { ActionItemStatusBadges } from './ActionItemStatus';
import { ownerName } from './labels';
import './actions.css';

export interface FollowUpActionItemsProps {
  /** The follow-up agenda item's `actionItems` (AgendaItemView.actionItems). */
  items: readonly ActionItemSummary[];
  /** Id of the agenda item's title, to name the list after it. */
  labelledBy?: string;
}

/**
 * What the "Follow-up of action items" agenda item goes through: the action items of earlier
 * meetings still open when this meeting starts, with their owner, due date and status now.
 */
export function FollowUpActionItems({ items, labelledBy }: FollowUpActionItemsProps) {
  if (items.length === 0) {
    return <p className="follow-up__empty">No action items of earlier meetings are open.</p>;
  }
  return (
    <ul
      className="follow-up"
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : 'Action items to follow up'}
    >
      {items.map((item) => (
        <li key={item.id} className="follow-up__item">
          <Link to={`/action-items/${item.id}`}>{item.title}</Link> <ActionItemStatusBadges item={item} />
          <p className="follow-up__meta">
            {ownerName(item.owner)}
            {item.dueOn && <> · due {formatDate(item.dueOn)}</>} · from “{item.meeting.title}”
          </p>
        </li>
      ))}
    </ul>
  );
}
