import type { MeetingSummary } from '@egcc/contracts';
import { Badge } from '../../../shared/ui/Badge';
import { MEETING_STATUS } from './labels';

export function MeetingStatusBadge({
  meeting,
}: {
  meeting: Pick<MeetingSummary, 'status' | 'cancelledAt' | 'agendaVersion'>;
}) {
  if (meeting.cancelledAt) return <Badge tone="danger">Cancelled</Badge>;
  const status = MEETING_STATUS[meeting.status];
  return (
    <Badge tone={status.tone}>
      {status.label}
      {meeting.status === 'AGENDA_PUBLISHED' && meeting.agendaVersion
        ? `, version ${meeting.agendaVersion}`
        : ''}
    </Badge>
  );
}
