import type { ReportStatus } from '@egcc/contracts';
import { Badge } from '../../../shared/ui/Badge';
import { REPORT_STATUS } from './labels';

/** The report's status in words; the colour only repeats it. */
export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  return <Badge tone={REPORT_STATUS[status].tone}>{REPORT_STATUS[status].label}</Badge>;
}
