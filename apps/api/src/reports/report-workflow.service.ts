import { Injectable } from '@nestjs/common';
import type { ReportContent, ReportDetail, ReportRevisionEvent, ReportStatus } from '@egcc/contracts';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedMember } from '../auth/auth.types';
import { type Db, PrismaService } from '../database/prisma.service';
import { excerpt } from '../discussions/markdown';
import type { Prisma } from '../generated/prisma/client';
import { NotificationsService } from '../notifications/notifications.service';
import { recordRevision } from './report-content';
import { openReportDiscussion } from './report-discussion';
import { ReportAccess } from './report-access';
import { reportLink } from './report-views';
import { ReportsService } from './reports.service';

type StepAction = 'submit' | 'withdraw' | 'review';

interface StepReport {
  id: string;
  version: number;
  title: string;
  delegation: { id: string; code: string; name: string };
}

interface Step {
  action: StepAction;
  to: ReportStatus;
  event: ReportRevisionEvent;
  audit: string;
  data: (now: Date) => Prisma.NationalReportUpdateManyMutationInput;
  /** Whatever else the step does, in its transaction; returns details for the audit log. */
  then: (db: Db, report: StepReport, content: ReportContent, now: Date) => Promise<Prisma.InputJsonObject>;
}

/**
 * The workflow DRAFT → SUBMITTED → PUBLISHED, with withdrawing and returning to DRAFT. Each step
 * is one transaction: a conditional update (only from the state and version just read, so two
 * concurrent steps cannot both succeed), a revision, notifications and the audit record.
 */
@Injectable()
export class ReportWorkflowService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: ReportAccess,
    private readonly reports: ReportsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  submit(member: AuthenticatedMember, reportId: string): Promise<ReportDetail> {
    return this.step(member, reportId, {
      action: 'submit',
      to: 'SUBMITTED',
      event: 'SUBMITTED',
      audit: 'report.submitted',
      data: (now) => ({ submittedAt: now, submittedById: member.id }),
      then: async (db, report, content) => {
        const reviewers = await db.user.findMany({
          where: { status: 'ACTIVE', roles: { hasSome: ['ADMIN', 'CHAIR'] } },
          select: { id: true },
        });
        await this.notifications.notify(db, {
          kind: 'REPORT_SUBMITTED',
          recipients: reviewers.map((r) => r.id),
          actorId: member.id,
          actorName: member.name,
          reportId: report.id,
          title: `${report.delegation.name} submitted “${report.title}” for review`,
          excerpt: content.summary ? excerpt(content.summary) : null,
          link: reportLink(report.id),
        });
        return {};
      },
    });
  }

  withdraw(member: AuthenticatedMember, reportId: string): Promise<ReportDetail> {
    return this.step(member, reportId, {
      action: 'withdraw',
      to: 'DRAFT',
      event: 'WITHDRAWN',
      audit: 'report.withdrawn',
      data: () => ({}),
      then: async () => ({}),
    });
  }

  /** Back to the delegation as a draft, with a comment saying what to change. */
  return(member: AuthenticatedMember, reportId: string, comment: string): Promise<ReportDetail> {
    return this.step(member, reportId, {
      action: 'review',
      to: 'DRAFT',
      event: 'RETURNED',
      audit: 'report.returned',
      data: (now) => ({ returnedAt: now }),
      then: async (db, report, _content, now) => {
        await db.reportComment.create({
          data: { reportId: report.id, authorId: member.id, kind: 'RETURNED', body: comment, createdAt: now },
        });
        const delegates = await db.user.findMany({
          where: {
            delegationId: report.delegation.id,
            status: 'ACTIVE',
            roles: { hasSome: ['DELEGATE', 'CHAIR'] },
          },
          select: { id: true },
        });
        await this.notifications.notify(db, {
          kind: 'REPORT_RETURNED',
          recipients: delegates.map((d) => d.id),
          actorId: member.id,
          actorName: member.name,
          reportId: report.id,
          title: `“${report.title}” was returned to ${report.delegation.name} for changes`,
          // The comment as written (it is plain text, not Markdown), shortened for the list.
          excerpt: comment.length > 200 ? `${comment.slice(0, 199)}…` : comment,
          link: reportLink(report.id),
        });
        return { comment };
      },
    });
  }

  /** For everyone to read, with its discussion opened. */
  publish(member: AuthenticatedMember, reportId: string): Promise<ReportDetail> {
    return this.step(member, reportId, {
      action: 'review',
      to: 'PUBLISHED',
      event: 'PUBLISHED',
      audit: 'report.published',
      data: (now) => ({ publishedAt: now, publishedById: member.id }),
      then: async (db, report, content, now) => {
        const { threadId, focusAreas } = await openReportDiscussion(db, member, report, content, now);
        await this.audit.record(db, {
          actorId: member.id,
          action: 'thread.created',
          targetType: 'thread',
          targetId: threadId,
          details: {
            title: content.title,
            reportId: report.id,
            focusAreas,
            delegations: [report.delegation.code],
          },
        });
        const everyone = await db.user.findMany({ where: { status: 'ACTIVE' }, select: { id: true } });
        await this.notifications.notify(db, {
          kind: 'REPORT_PUBLISHED',
          recipients: everyone.map((m) => m.id),
          actorId: member.id,
          actorName: member.name,
          reportId: report.id,
          title: `${report.delegation.name} published “${report.title}”`,
          excerpt: content.summary ? excerpt(content.summary) : null,
          link: reportLink(report.id),
        });
        return { threadId };
      },
    });
  }

  private async step(member: AuthenticatedMember, reportId: string, step: Step): Promise<ReportDetail> {
    await this.prisma.$transaction(async (tx) => {
      const ref = await this.access.allowed(member, reportId, step.action, tx);
      const report = await tx.nationalReport.findUniqueOrThrow({
        where: { id: reportId },
        select: {
          id: true,
          version: true,
          title: true,
          delegation: { select: { id: true, code: true, name: true } },
        },
      });
      const now = new Date();
      const moved = await tx.nationalReport.updateMany({
        where: { id: reportId, status: ref.status, version: report.version },
        data: { ...step.data(now), status: step.to, version: { increment: 1 } },
      });
      if (moved.count === 0)
        await this.reports.refuseStale(tx, member, reportId, report.version, step.action);
      const content = await this.reports.content(tx, reportId);
      await recordRevision(tx, {
        reportId,
        version: report.version + 1,
        event: step.event,
        status: step.to,
        content,
        actorId: member.id,
      });
      const details = await step.then(tx, report, content, now);
      await this.audit.record(tx, {
        actorId: member.id,
        action: step.audit,
        targetType: 'report',
        targetId: reportId,
        details: { from: ref.status, to: step.to, version: report.version + 1, ...details },
      });
    });
    return this.reports.afterStep(member, reportId);
  }
}
