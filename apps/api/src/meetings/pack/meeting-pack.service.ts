import { Injectable } from '@nestjs/common';
import { AgendaSnapshot, type ReportDetail } from '@egcc/contracts';
import type { AuthenticatedMember } from '../../auth/auth.types';
import { DomainException } from '../../common/domain.exception';
import { PrismaService } from '../../database/prisma.service';
import { exportNames, type ExportNames } from '../../reports/export/report-outline';
import { ReportsService } from '../../reports/reports.service';
import { followUpActionItems } from '../actions/carry-over';
import {
  type PackAgendaItem,
  type PackAgendaSource,
  packDocument,
  type PackPost,
  type PackThread,
} from './pack-outline';

/** How many of a discussion's latest replies the pack prints; the rest are counted. */
const LATEST_REPLIES = 3;

export interface PackFile {
  fileName: string;
  body: Buffer;
}

const authorOf = (user: { name: string; delegation: { name: string } | null } | null) =>
  user ? (user.delegation ? `${user.name} (${user.delegation.name})` : user.name) : 'Former member';

/**
 * One PDF for a meeting: its agenda (the latest published version, else the draft), the
 * published reports and the discussions the agenda links to, for reading on paper or offline.
 * Only what the reader may see goes in: published reports, and posts neither removed nor hidden.
 */
@Injectable()
export class MeetingPackService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly reports: ReportsService,
  ) {}

  async pack(member: AuthenticatedMember, meetingId: string, now = new Date()): Promise<PackFile> {
    const meeting = await this.prisma.meeting.findUnique({
      where: { id: meetingId },
      select: {
        title: true,
        description: true,
        startsAt: true,
        endsAt: true,
        timeZone: true,
        place: true,
        onlineUrl: true,
        cancelledAt: true,
        cancellationReason: true,
        hostDelegation: { select: { name: true } },
        agendaVersions: {
          orderBy: { number: 'desc' },
          take: 1,
          select: { number: true, publishedAt: true, snapshot: true },
        },
      },
    });
    if (!meeting) throw DomainException.notFound();

    const { source, items } = await this.agenda(meetingId, meeting.agendaVersions[0] ?? null);
    const reportIds = unique(items.flatMap((item) => item.reportIds));
    const threadIds = unique(items.flatMap((item) => item.threadIds));
    const [reports, threads, actionItems, names, delegations] = await Promise.all([
      this.publishedReports(member, reportIds),
      this.threads(threadIds),
      items.some((item) => item.isActionItemFollowUp)
        ? followUpActionItems(this.prisma, member, meeting, now)
        : Promise.resolve([]),
      this.names(),
      this.prisma.delegation.findMany({ select: { code: true, name: true } }),
    ]);

    const document = packDocument({
      meeting: {
        title: meeting.title,
        description: meeting.description,
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
        timeZone: meeting.timeZone,
        place: meeting.place,
        onlineUrl: meeting.onlineUrl,
        host: meeting.hostDelegation?.name ?? null,
        cancelledAt: meeting.cancelledAt,
        cancellationReason: meeting.cancellationReason,
      },
      agenda: source,
      items,
      reports,
      threads,
      actionItems,
      names,
      delegationNames: new Map(delegations.map((d) => [d.code, d.name])),
      generatedAt: now,
    });
    // pdfmake and its fonts load with the first export, not with the API (as for report exports).
    const body = await (await import('../../reports/export/pdf-renderer')).renderPdf(document);
    const day = new Intl.DateTimeFormat('en-CA', {
      timeZone: meeting.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(meeting.startsAt);
    return { fileName: `egcc-meeting-${day}-pack.pdf`, body };
  }

  /** The latest published version as it was frozen; the current draft while none is published. */
  private async agenda(
    meetingId: string,
    latest: { number: number; publishedAt: Date; snapshot: unknown } | null,
  ): Promise<{ source: PackAgendaSource; items: PackAgendaItem[] }> {
    const published = latest ? AgendaSnapshot.safeParse(latest.snapshot) : null;
    if (latest && published?.success) {
      return {
        source: { kind: 'published', version: latest.number, publishedAt: latest.publishedAt },
        items: published.data.items.map((item) => ({
          title: item.title,
          description: item.description,
          kind: item.kind,
          durationMinutes: item.durationMinutes,
          presenter: item.presenter?.name ?? null,
          reportIds: item.reports.map((r) => r.id),
          threadIds: item.threads.map((t) => t.id),
          isActionItemFollowUp: item.isActionItemFollowUp,
        })),
      };
    }
    const rows = await this.prisma.agendaItem.findMany({
      where: { meetingId },
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
      select: {
        title: true,
        description: true,
        kind: true,
        durationMinutes: true,
        presenterUser: { select: { name: true, delegation: { select: { name: true } } } },
        presenterDelegation: { select: { name: true } },
        reportLinks: { orderBy: { report: { title: 'asc' } }, select: { reportId: true } },
        threadLinks: { orderBy: { thread: { title: 'asc' } }, select: { threadId: true } },
        isActionItemFollowUp: true,
      },
    });
    return {
      source: { kind: 'draft' },
      items: rows.map((row) => ({
        title: row.title,
        description: row.description,
        kind: row.kind,
        durationMinutes: row.durationMinutes,
        presenter: row.presenterUser ? authorOf(row.presenterUser) : (row.presenterDelegation?.name ?? null),
        reportIds: row.reportLinks.map((link) => link.reportId),
        threadIds: row.threadLinks.map((link) => link.threadId),
        isActionItemFollowUp: row.isActionItemFollowUp,
      })),
    };
  }

  /** The linked reports that are published (drafts and reports under review stay out), as the reader sees them. */
  private async publishedReports(member: AuthenticatedMember, ids: string[]): Promise<ReportDetail[]> {
    if (ids.length === 0) return [];
    const published = await this.prisma.nationalReport.findMany({
      where: { id: { in: ids }, status: 'PUBLISHED' },
      select: { id: true },
    });
    const wanted = new Set(published.map((r) => r.id));
    const reports: ReportDetail[] = [];
    for (const id of ids) {
      if (!wanted.has(id)) continue;
      try {
        reports.push(await this.reports.detail(member, id));
      } catch (error) {
        if (error instanceof DomainException && error.status === 404) continue;
        throw error;
      }
    }
    return reports.filter((report) => report.status === 'PUBLISHED');
  }

  private async threads(ids: string[]): Promise<PackThread[]> {
    if (ids.length === 0) return [];
    const person = { select: { name: true, delegation: { select: { name: true } } } } as const;
    const readable = { deletedAt: null, hiddenAt: null } as const;
    const postSelect = {
      number: true,
      body: true,
      createdAt: true,
      editedAt: true,
      author: person,
    } as const;
    const rows = await this.prisma.thread.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        title: true,
        createdAt: true,
        lockedAt: true,
        focusAreaCodes: true,
        gapKindCodes: true,
        delegationCodes: true,
        author: person,
        posts: { where: { number: 1, ...readable }, select: postSelect },
        _count: { select: { posts: { where: readable } } },
      },
    });
    const latest = await Promise.all(
      rows.map((row) =>
        this.prisma.post.findMany({
          where: { threadId: row.id, number: { gt: 1 }, ...readable },
          orderBy: { number: 'desc' },
          take: LATEST_REPLIES,
          select: postSelect,
        }),
      ),
    );
    const toPost = (post: (typeof latest)[number][number]): PackPost => ({
      number: post.number,
      author: authorOf(post.author),
      createdAt: post.createdAt,
      edited: post.editedAt !== null,
      markdown: post.body,
    });
    const byId = new Map(
      rows.map((row, index): [string, PackThread] => [
        row.id,
        {
          id: row.id,
          title: row.title,
          author: authorOf(row.author),
          createdAt: row.createdAt,
          locked: row.lockedAt !== null,
          focusAreas: row.focusAreaCodes,
          gapKinds: row.gapKindCodes,
          delegations: row.delegationCodes,
          visiblePosts: row._count.posts,
          firstPost: row.posts[0] ? toPost(row.posts[0]) : null,
          latestPosts: (latest[index] ?? []).map(toPost).reverse(),
        },
      ]),
    );
    return ids.flatMap((id) => {
      const thread = byId.get(id);
      return thread ? [thread] : [];
    });
  }

  /** Names for codes, from the reference tables; archived focus areas too, as old reports use them. */
  private async names(): Promise<ExportNames> {
    const [focusAreas, measureKinds, gapKinds, uncrcArticles] = await Promise.all([
      this.prisma.focusArea.findMany({ select: { code: true, name: true } }),
      this.prisma.measureKind.findMany({ select: { code: true, name: true, description: true } }),
      this.prisma.gapKind.findMany({ select: { code: true, name: true, description: true } }),
      this.prisma.uncrcArticle.findMany({ select: { number: true, title: true } }),
    ]);
    return exportNames({ focusAreas, measureKinds, gapKinds, uncrcArticles });
  }
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
