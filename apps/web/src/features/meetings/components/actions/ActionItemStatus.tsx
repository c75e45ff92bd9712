import type { ActionItemSummary } from '@egcc/contracts';
import { Badge } from '../../../../shared/ui/Badge';
import { ACTION_ITEM_STATUS } from './labels';

/** The item's status, and "Overdue" beside it when it is past its due date. */
export function ActionItemStatusBadges({ item }: { item: Pick<ActionItemSummary, 'status' | 'overdue'> }) {
  const status = ACTION_ITEM_STATUS[item.status];
  return (
    <span className="action-item-status">
      <Badge tone={status.tone}>{status.label}</Badge>
      {item.overdue && <Badge tone="danger">Overdue</Badge>}
    </span>
  );
}
