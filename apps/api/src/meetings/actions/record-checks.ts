import type { FieldError } from '@egcc/contracts';
import { DomainException } from '../../common/domain.exception';
import type { Db } from '../../database/prisma.service';

/** The meeting decisions and action items are recorded at: 404 when none, 409 once cancelled. */
export async function recordingMeeting(db: Db, meetingId: string) {
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    select: { id: true, title: true, startsAt: true, cancelledAt: true },
  });
  if (!meeting) throw DomainException.notFound('There is no such meeting.');
  if (meeting.cancelledAt) {
    throw DomainException.conflict(
      'This meeting was cancelled: no decisions or action items are recorded against it.',
    );
  }
  return meeting;
}

/** The agenda item must be on this meeting's agenda. */
export async function checkAgendaItem(
  db: Db,
  meetingId: string,
  agendaItemId: string | null,
  errors: FieldError[],
): Promise<void> {
  if (!agendaItemId) return;
  const item = await db.agendaItem.findFirst({
    where: { id: agendaItemId, meetingId },
    select: { id: true },
  });
  if (!item) {
    errors.push({
      in: 'body',
      pointer: '/agendaItemId',
      detail: 'is not an item of this meeting’s agenda',
      code: 'unknown_agenda_item',
    });
  }
}

/** The decision must have been taken at this meeting; returns its agenda item. */
export async function checkDecision(
  db: Db,
  meetingId: string,
  decisionId: string | null,
  errors: FieldError[],
): Promise<{ agendaItemId: string | null } | null> {
  if (!decisionId) return null;
  const decision = await db.decision.findFirst({
    where: { id: decisionId, meetingId },
    select: { agendaItemId: true },
  });
  if (!decision) {
    errors.push({
      in: 'body',
      pointer: '/decisionId',
      detail: 'is not a decision of this meeting',
      code: 'unknown_decision',
    });
  }
  return decision;
}

/** An owner is an active member, or a delegation taking part in the group. */
export async function checkOwner(
  db: Db,
  owner: { ownerUserId: string | null; ownerDelegationId: string | null },
  errors: FieldError[],
): Promise<void> {
  if (!owner.ownerUserId && !owner.ownerDelegationId) {
    errors.push({
      in: 'body',
      pointer: '/ownerUserId',
      detail: 'name the owner: a member or a delegation',
      code: 'owner_required',
    });
    return;
  }
  if (owner.ownerUserId) {
    const user = await db.user.findFirst({
      where: {
        id: owner.ownerUserId,
        status: 'ACTIVE',
        OR: [{ delegationId: null }, { delegation: { membershipStatus: 'ACTIVE' } }],
      },
      select: { id: true },
    });
    if (!user) {
      errors.push({
        in: 'body',
        pointer: '/ownerUserId',
        detail: 'is not an active member',
        code: 'unknown_member',
      });
    }
  }
  if (owner.ownerDelegationId) {
    const delegation = await db.delegation.findUnique({
      where: { id: owner.ownerDelegationId },
      select: { membershipStatus: true },
    });
    if (!delegation || delegation.membershipStatus !== 'ACTIVE') {
      errors.push({
        in: 'body',
        pointer: '/ownerDelegationId',
        detail: delegation ? 'is not an active delegation of the group' : 'no such delegation',
        code: 'unknown_delegation',
      });
    }
  }
}
