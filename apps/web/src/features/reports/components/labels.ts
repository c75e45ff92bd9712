import type { ReportRevisionEvent, ReportStatus } from '@egcc/contracts';
import type { BadgeTone } from '../../../shared/ui/Badge';

export const REPORT_STATUS: Record<ReportStatus, { label: string; tone: BadgeTone; description: string }> = {
  DRAFT: {
    label: 'Draft',
    tone: 'neutral',
    description: 'Being written; only the delegation and the secretariat see it.',
  },
  SUBMITTED: {
    label: 'Submitted',
    tone: 'info',
    description: 'Waiting for the chair or the secretariat to publish it or return it.',
  },
  PUBLISHED: { label: 'Published', tone: 'success', description: 'Every member of the group can read it.' },
};

export const REVISION_EVENTS: Record<ReportRevisionEvent, string> = {
  CREATED: 'Created',
  SAVED: 'Saved',
  SUBMITTED: 'Submitted',
  WITHDRAWN: 'Withdrawn',
  RETURNED: 'Returned',
  PUBLISHED: 'Published',
};

export const MEASURE_STATUS_LABELS = {
  PLANNED: 'Planned',
  ADOPTED: 'Adopted',
  IN_FORCE: 'In force',
} as const;
