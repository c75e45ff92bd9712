import { Injectable } from '@nestjs/common';
import type { ReportStatus } from '@egcc/contracts';
import { type Action, report } from '@egcc/policy';
import type { AuthenticatedMember } from '../auth/auth.types';
import { DomainException } from '../common/domain.exception';
import { type Db, PrismaService } from '../database/prisma.service';

export interface ReportRef {
  id: string;
  delegationId: string;
  status: ReportStatus;
}

/**
 * Who may see and change a national report, from the shared policy, for the report's routes
 * and for those of its files and exports. A report the member may not see is a 404, so that
 * another delegation's draft does not reveal that it exists.
 */
@Injectable()
export class ReportAccess {
  constructor(private readonly prisma: PrismaService) {}

  /** The report, if the member may see it. */
  async visible(member: AuthenticatedMember, reportId: string, db: Db = this.prisma): Promise<ReportRef> {
    const found = await db.nationalReport.findUnique({
      where: { id: reportId },
      select: { id: true, delegationId: true, status: true },
    });
    if (!found || !canSee(member, found)) throw DomainException.notFound();
    return found;
  }

  /**
   * The report, if the member may do `action` to it now: 404 when they may not see it, 403
   * when their role may never do it, 409 when it is in the wrong state for it.
   */
  async allowed(
    member: AuthenticatedMember,
    reportId: string,
    action: Extract<Action, 'update' | 'submit' | 'withdraw' | 'review'>,
    db: Db = this.prisma,
  ): Promise<ReportRef> {
    const found = await this.visible(member, reportId, db);
    assertAllowed(member, found, action);
    return found;
  }
}

export function canSee(
  member: AuthenticatedMember,
  found: Pick<ReportRef, 'delegationId' | 'status'>,
): boolean {
  return member.ability.can('read', report({ delegationId: found.delegationId, status: found.status }));
}

const STATUS_FOR: Record<'update' | 'submit' | 'withdraw' | 'review', ReportStatus> = {
  update: 'DRAFT',
  submit: 'DRAFT',
  withdraw: 'SUBMITTED',
  review: 'SUBMITTED',
};

const CONFLICT: Record<'update' | 'submit' | 'withdraw' | 'review', string> = {
  update: 'Only a draft can be changed; this report has been submitted or published.',
  submit: 'Only a draft can be submitted.',
  withdraw: 'Only a submitted report can be withdrawn.',
  review: 'Only a submitted report can be published or returned.',
};

export function assertAllowed(
  member: AuthenticatedMember,
  found: Pick<ReportRef, 'delegationId' | 'status'>,
  action: 'update' | 'submit' | 'withdraw' | 'review',
): void {
  if (member.ability.can(action, report({ delegationId: found.delegationId, status: found.status }))) return;
  // Would the role allow it in the state the action needs? Then it is the state that is wrong.
  if (member.ability.can(action, report({ delegationId: found.delegationId, status: STATUS_FOR[action] }))) {
    throw DomainException.conflict(CONFLICT[action]);
  }
  throw DomainException.forbidden(
    action === 'review'
      ? 'Only the secretariat and the chair publish or return reports.'
      : 'Only delegates of the report’s own delegation change it.',
  );
}
