import type { ActionItemStatus, ActionItemSummary } from '@egcc/contracts';
import type { BadgeTone } from '../../../../shared/ui/Badge';

export const ACTION_ITEM_STATUS: Record<ActionItemStatus, { label: string; tone: BadgeTone }> = {
  OPEN: { label: 'Open', tone: 'info' },
  IN_PROGRESS: { label: 'In progress', tone: 'warning' },
  DONE: { label: 'Done', tone: 'success' },
  DROPPED: { label: 'Dropped', tone: 'neutral' },
};

export const ACTION_ITEM_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const;

/** Who owns the item, in words: "Denmark", "Søren Nielsen (Denmark)", or "No owner". */
export function ownerName(owner: ActionItemSummary['owner']): string {
  if (!owner) return 'No owner';
  if (owner.kind === 'DELEGATION') return owner.delegation.name;
  return owner.member.delegation
    ? `${owner.member.name} (${owner.member.delegation.name})`
    : owner.member.name;
}
