import type { DelegationSummary } from '@egcc/contracts';
import { Badge } from '../../../shared/ui/Badge';
import { formatDate } from '../../../shared/ui/format';
import { MEMBERSHIP_STATUS } from '../../../shared/ui/labels';

const SINCE: Record<DelegationSummary['membershipStatus'], string> = {
  ACTIVE: 'since',
  SUSPENDED: 'since',
  WITHDRAWN: 'on',
};

/** "Withdrawn on 17 May 2022": the badge and, for a delegation not taking part, the date. */
export function DelegationStatus({
  delegation,
}: {
  delegation: Pick<DelegationSummary, 'membershipStatus' | 'statusSince'>;
}) {
  const status = MEMBERSHIP_STATUS[delegation.membershipStatus];
  return (
    <span className="delegation-status">
      <Badge tone={status.tone}>{status.label}</Badge>
      {delegation.membershipStatus !== 'ACTIVE' && delegation.statusSince && (
        <span className="delegation-status__date">
          {' '}
          {SINCE[delegation.membershipStatus]} {formatDate(delegation.statusSince)}
        </span>
      )}
    </span>
  );
}
