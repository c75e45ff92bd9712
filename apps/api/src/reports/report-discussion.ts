import type { ReportContent } from '@egcc/contracts';
import type { AuthenticatedMember } from '../auth/auth.types';
import type { Db } from '../database/prisma.service';
import { resolveTags } from '../discussions/discussion-rules';
import { renderMarkdown } from '../discussions/markdown';
import { reportLink } from './report-views';

const MAX_FOCUS_AREA_TAGS = 5;
const MAX_THREAD_TITLE = 300;

/** The summary's first paragraph, or a sentence saying what was published. */
export function firstParagraph(markdown: string): string {
  return (
    markdown
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .find(Boolean) ?? ''
  );
}

/**
 * Opens a published report's discussion, in the transaction that publishes it: a thread on the
 * report, tagged with the focus areas its measures and gaps cover and with its delegation,
 * whose first post (by the publisher) introduces the report. The publisher and the
 * delegation's members follow it. Tag followers are not told separately: everyone hears of
 * the publication itself.
 */
export async function openReportDiscussion(
  db: Db,
  publisher: AuthenticatedMember,
  report: { id: string; delegation: { id: string; code: string; name: string } },
  content: ReportContent,
  now: Date,
): Promise<{ threadId: string; focusAreas: string[] }> {
  const wanted = [
    ...new Set([
      ...content.measures.flatMap((measure) => measure.focusAreas),
      ...content.gaps.flatMap((gap) => (gap.focusArea ? [gap.focusArea] : [])),
    ]),
  ];
  // Areas archived since the report was written are left out rather than refused.
  const inUse = new Set(
    (
      await db.focusArea.findMany({
        where: { code: { in: wanted }, archivedAt: null },
        select: { code: true },
      })
    ).map((area) => area.code),
  );
  const tags = await resolveTags(db, {
    focusAreas: wanted.filter((code) => inUse.has(code)).slice(0, MAX_FOCUS_AREA_TAGS),
    delegations: [report.delegation.code],
  });
  const opening = firstParagraph(content.summary);
  const body = [
    `${report.delegation.name} has published its national report “${content.title}”.`,
    ...(opening ? [opening] : []),
    `[Read the report](${reportLink(report.id)})`,
  ].join('\n\n');
  const members = await db.user.findMany({
    where: { delegationId: report.delegation.id, status: 'ACTIVE', id: { not: publisher.id } },
    select: { id: true },
  });
  const thread = await db.thread.create({
    data: {
      // "Denmark: <title>", unless the title already starts so (as the default one does).
      title: (content.title.startsWith(`${report.delegation.name}:`)
        ? content.title
        : `${report.delegation.name}: ${content.title}`
      ).slice(0, MAX_THREAD_TITLE),
      authorId: publisher.id,
      reportId: report.id,
      lastPostNumber: 1,
      lastPostAt: now,
      lastPosterId: publisher.id,
      focusAreas: { create: tags.focusAreas.map((focusAreaCode) => ({ focusAreaCode })) },
      delegationsConcerned: { create: tags.delegationIds.map((delegationId) => ({ delegationId })) },
      posts: {
        create: {
          number: 1,
          authorId: publisher.id,
          body,
          bodyHtml: renderMarkdown(body).html,
          createdAt: now,
        },
      },
      readStates: { create: { userId: publisher.id, lastReadPostNumber: 1 } },
      subscriptions: {
        create: [
          { userId: publisher.id, level: 'FOLLOWING', reason: 'CREATED' },
          ...members.map((m) => ({ userId: m.id, level: 'FOLLOWING' as const, reason: 'TAG' as const })),
        ],
      },
    },
    select: { id: true },
  });
  return { threadId: thread.id, focusAreas: tags.focusAreas };
}
