import { Injectable } from '@nestjs/common';
import type { CreateDecisionRequest, DecisionView, FieldError, UpdateDecisionRequest } from '@egcc/contracts';
import { AuditService } from '../../audit/audit.service';
import type { AuthenticatedMember } from '../../auth/auth.types';
import { DomainException } from '../../common/domain.exception';
import { type Db, PrismaService } from '../../database/prisma.service';
import { byAgendaPosition, decisionSelect, toDecisionView } from './action-item-views';
import { checkAgendaItem, recordingMeeting } from './record-checks';

/** Decisions taken at a meeting, recorded against its agenda items by the chair or the secretariat. */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  /** In agenda order; decisions not tied to an item last. */
  async list(meetingId: string): Promise<DecisionView[]> {
    const meeting = await this.prisma.meeting.findUnique({ where: { id: meetingId }, select: { id: true } });
    if (!meeting) throw DomainException.notFound('There is no such meeting.');
    const rows = await this.prisma.decision.findMany({
      where: { meetingId },
      orderBy: byAgendaPosition,
      select: decisionSelect,
    });
    return rows.map(toDecisionView);
  }

  async create(
    member: AuthenticatedMember,
    meetingId: string,
    input: CreateDecisionRequest,
  ): Promise<DecisionView> {
    return this.prisma.$transaction(async (tx) => {
      await recordingMeeting(tx, meetingId);
      const errors: FieldError[] = [];
      await checkAgendaItem(tx, meetingId, input.agendaItemId, errors);
      if (errors.length) throw DomainException.validation(errors);
      const row = await tx.decision.create({
        data: { meetingId, agendaItemId: input.agendaItemId, text: input.text, recordedById: member.id },
        select: decisionSelect,
      });
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'decision.recorded',
        targetType: 'decision',
        targetId: row.id,
        details: { meetingId, agendaItemId: input.agendaItemId, text: input.text },
      });
      return toDecisionView(row);
    });
  }

  async update(
    member: AuthenticatedMember,
    meetingId: string,
    decisionId: string,
    input: UpdateDecisionRequest,
  ): Promise<DecisionView> {
    return this.prisma.$transaction(async (tx) => {
      await recordingMeeting(tx, meetingId);
      const before = await this.decision(tx, meetingId, decisionId);
      const row = await tx.decision.update({
        where: { id: decisionId },
        data: { text: input.text },
        select: decisionSelect,
      });
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'decision.updated',
        targetType: 'decision',
        targetId: decisionId,
        details: { meetingId, before: before.text, after: input.text },
      });
      return toDecisionView(row);
    });
  }

  /** Action items that followed from the decision stay, no longer tied to it. */
  async remove(member: AuthenticatedMember, meetingId: string, decisionId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await recordingMeeting(tx, meetingId);
      const before = await this.decision(tx, meetingId, decisionId);
      await tx.decision.delete({ where: { id: decisionId } });
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'decision.deleted',
        targetType: 'decision',
        targetId: decisionId,
        details: { meetingId, text: before.text },
      });
    });
  }

  private async decision(db: Db, meetingId: string, decisionId: string) {
    const row = await db.decision.findFirst({
      where: { id: decisionId, meetingId },
      select: { id: true, text: true },
    });
    if (!row) throw DomainException.notFound('There is no such decision at this meeting.');
    return row;
  }
}
