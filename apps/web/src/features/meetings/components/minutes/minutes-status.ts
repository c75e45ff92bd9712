import type { MinutesStatus } from '@egcc/contracts';
import type { BadgeTone } from '../../../../shared/ui/Badge';

export const MINUTES_STATUS: Record<MinutesStatus, { label: string; tone: BadgeTone }> = {
  DRAFT: { label: 'Draft', tone: 'neutral' },
  CIRCULATED: { label: 'Circulated for comment', tone: 'info' },
  APPROVED: { label: 'Approved', tone: 'success' },
};
