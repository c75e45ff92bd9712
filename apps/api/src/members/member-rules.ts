import type { FieldError, Role } from '@egcc/contracts';
import { DomainException } from '../common/domain.exception';
import type { Db } from '../database/prisma.service';

export interface Placement {
  roles: Role[];
  delegationId: string | null;
  ministryId: string | null;
}

/**
 * The rules a member's roles and placement follow, for invitations and edits alike: a chair
 * is also a delegate; a delegate belongs to a member state's delegation; an observer is not a
 * delegate; a ministry belongs to the member's delegation. Field errors point at `prefix`.
 */
export async function assertValidPlacement(
  db: Db,
  placement: Placement,
  options: { requireActiveDelegation: boolean },
): Promise<void> {
  const errors: FieldError[] = [];
  const error = (pointer: string, detail: string) =>
    errors.push({ in: 'body', pointer, detail, code: 'invalid_placement' });
  const roles = new Set(placement.roles);
  if (roles.size !== placement.roles.length) error('/roles', 'must not repeat a role');
  if (roles.has('CHAIR') && !roles.has('DELEGATE'))
    error('/roles', 'a chair is also a delegate of their own delegation: add DELEGATE');
  if (roles.has('OBSERVER') && (roles.has('DELEGATE') || roles.has('CHAIR'))) {
    error('/roles', 'an observer cannot also be a delegate or the chair');
  }

  const delegation = placement.delegationId
    ? await db.delegation.findUnique({
        where: { id: placement.delegationId },
        select: { kind: true, membershipStatus: true },
      })
    : null;
  if (placement.delegationId && !delegation) error('/delegationId', 'no such delegation');
  if (roles.has('DELEGATE')) {
    if (!placement.delegationId) error('/delegationId', 'a delegate belongs to a delegation: choose one');
    else if (delegation && delegation.kind !== 'MEMBER_STATE')
      error('/delegationId', "a delegate belongs to a member state's delegation");
  }
  if (delegation && options.requireActiveDelegation && delegation.membershipStatus !== 'ACTIVE') {
    error('/delegationId', 'this delegation does not take part in the group at present');
  }

  if (placement.ministryId) {
    const ministry = await db.ministry.findUnique({
      where: { id: placement.ministryId },
      select: { delegationId: true },
    });
    if (!ministry) error('/ministryId', 'no such ministry');
    else if (ministry.delegationId !== placement.delegationId)
      error('/ministryId', "must be a ministry of the member's delegation");
  }
  if (errors.length > 0) throw DomainException.validation(errors);
}
