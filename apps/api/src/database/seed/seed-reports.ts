import type { ReportContent } from '@egcc/contracts';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import type { NotificationKind, ReportRevisionEvent, ReportStatus } from '../../generated/prisma/enums';
import { excerpt, renderMarkdown } from '../../discussions/markdown';
import { writeLists } from '../../reports/report-content';
import { DEMO_REPORTS, type DemoReport } from './demo-reports';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A report's discussion is tagged with at most this many focus areas, as the API does. */
const MAX_FOCUS_AREA_TAGS = 5;

interface Member {
  id: string;
  email: string;
  name: string;
  delegationId: string | null;
}

type Db = Prisma.TransactionClient;

/**
 * The demo reports, written as the API writes them: the report with its measures and gaps, a
 * revision for every save and step of the workflow (what was saved differs from save to save,
 * so the history shows something), the submitted and published dates, the notifications of
 * those steps, and, for published reports, the discussion thread with its first post.
 * A delegation that already has a report for the period keeps it: seeding twice adds nothing.
 * Every notification of it is long since read, so the browser tests' members start with nothing new.
 */
export async function seedDemoReports(prisma: PrismaClient, now = new Date()): Promise<void> {
  const members = await prisma.user.findMany({
    where: { email: { endsWith: '@egcc.example' } },
    select: { id: true, email: true, name: true, delegationId: true },
  });
  const byEmail = new Map(members.map((member) => [member.email, member]));
  const member = (email: string): Member => {
    const found = byEmail.get(email);
    if (!found) throw new Error(`Demo reports: no member ${email}`);
    return found;
  };
  const periods = new Map(
    (await prisma.reportingPeriod.findMany({ select: { id: true, code: true } })).map((p) => [p.code, p.id]),
  );
  const delegations = new Map(
    (await prisma.delegation.findMany({ select: { id: true, code: true, name: true } })).map((d) => [
      d.code,
      d,
    ]),
  );
  const positions = new Map(
    (await prisma.focusArea.findMany({ select: { code: true, position: true } })).map((a) => [
      a.code,
      a.position,
    ]),
  );

  for (const seed of DEMO_REPORTS) {
    const delegation = delegations.get(seed.delegation);
    const periodId = periods.get(seed.period);
    if (!delegation || !periodId) throw new Error(`Demo reports: no ${seed.delegation} or ${seed.period}`);
    const exists = await prisma.nationalReport.findFirst({
      where: { delegationId: delegation.id, periodId },
      select: { id: true },
    });
    if (exists) continue;
    await prisma.$transaction(
      (tx) =>
        seedReport(tx, seed, {
          now,
          periodId,
          delegation,
          member,
          members,
          positionOf: (code) => positions.get(code) ?? 0,
        }),
      { maxWait: 30_000, timeout: 60_000 },
    );
  }
}

interface Context {
  now: Date;
  periodId: string;
  delegation: { id: string; code: string; name: string };
  member: (email: string) => Member;
  members: Member[];
  positionOf: (code: string) => number;
}

interface Step {
  event: ReportRevisionEvent;
  status: ReportStatus;
  content: ReportContent;
  by: Member;
  at: Date;
}

async function seedReport(tx: Db, seed: DemoReport, context: Context): Promise<void> {
  const { now, delegation, member } = context;
  const author = member(`delegate.${seed.delegation}@egcc.example`);
  const reviewer = member(seed.publishedBy === 'chair' ? 'chair@egcc.example' : 'admin@egcc.example');
  const final = canonical(seed.content, context.positionOf);
  const started = new Date(now.getTime() - seed.startedDaysAgo * DAY);
  const at = (days: number, hours = 0) =>
    new Date(Math.min(started.getTime() + days * DAY + hours * HOUR, now.getTime() - HOUR));

  // The history: started with the first measure, filled in, then finished; then the workflow.
  const steps: Step[] = [
    { event: 'CREATED', status: 'DRAFT', content: firstDraft(final), by: author, at: at(0, 10) },
    { event: 'SAVED', status: 'DRAFT', content: { ...final, nextSteps: '' }, by: author, at: at(2, 14) },
  ];
  if (seed.status !== 'DRAFT')
    steps.push({ event: 'SAVED', status: 'DRAFT', content: final, by: author, at: at(4, 11) });
  if (seed.status !== 'DRAFT')
    steps.push({ event: 'SUBMITTED', status: 'SUBMITTED', content: final, by: author, at: at(5, 9) });
  if (seed.status === 'PUBLISHED')
    steps.push({ event: 'PUBLISHED', status: 'PUBLISHED', content: final, by: reviewer, at: at(9, 15) });
  const last = steps[steps.length - 1] as Step;
  const submitted = steps.find((step) => step.event === 'SUBMITTED');
  const published = steps.find((step) => step.event === 'PUBLISHED');

  const report = await tx.nationalReport.create({
    data: {
      delegationId: delegation.id,
      periodId: context.periodId,
      title: last.content.title,
      status: last.status,
      version: steps.length,
      summary: last.content.summary,
      goodPractices: last.content.goodPractices,
      nextSteps: last.content.nextSteps,
      createdById: author.id,
      updatedById: author.id,
      submittedAt: submitted?.at ?? null,
      submittedById: submitted?.by.id ?? null,
      publishedAt: published?.at ?? null,
      publishedById: published?.by.id ?? null,
      createdAt: steps[0]?.at,
      updatedAt: last.at,
    },
    select: { id: true },
  });
  await writeLists(tx, report.id, last.content);
  await tx.reportRevision.createMany({
    data: steps.map((step, index) => ({
      reportId: report.id,
      version: index + 1,
      event: step.event,
      status: step.status,
      snapshot: step.content as unknown as Prisma.InputJsonObject,
      createdById: step.by.id,
      createdAt: step.at,
    })),
  });

  const notices: {
    userId: string;
    kind: NotificationKind;
    actor: Member;
    at: Date;
    title: string;
    threadId?: string;
  }[] = [];
  if (submitted) {
    const reviewers = await tx.user.findMany({
      where: { status: 'ACTIVE', roles: { hasSome: ['ADMIN', 'CHAIR'] }, id: { not: author.id } },
      select: { id: true },
    });
    for (const { id } of reviewers)
      notices.push({
        userId: id,
        kind: 'REPORT_SUBMITTED',
        actor: author,
        at: submitted.at,
        title: `${delegation.name} submitted “${final.title}” for review`,
      });
  }
  if (published) {
    const threadId = await openDiscussion(tx, report.id, published, context);
    const everyone = await tx.user.findMany({
      where: {
        status: 'ACTIVE',
        id: { not: published.by.id },
        OR: [{ delegationId: null }, { delegation: { membershipStatus: 'ACTIVE' } }],
      },
      select: { id: true },
    });
    for (const { id } of everyone)
      notices.push({
        userId: id,
        kind: 'REPORT_PUBLISHED',
        actor: published.by,
        at: published.at,
        title: `${delegation.name} published “${final.title}”`,
        threadId,
      });
  }
  if (notices.length) {
    await tx.notification.createMany({
      data: notices.map((notice) => ({
        userId: notice.userId,
        kind: notice.kind,
        actorId: notice.actor.id,
        reportId: report.id,
        threadId: notice.threadId ?? null,
        payload: {
          title: notice.title,
          excerpt: final.summary ? excerpt(final.summary) : null,
          link: reportLink(report.id),
        },
        // Long since read (the browser tests' members start with nothing unread) and e-mailed.
        readAt: new Date(Math.min(notice.at.getTime() + 6 * HOUR, now.getTime())),
        emailedAt: notice.at,
        createdAt: notice.at,
      })),
    });
  }
}

/**
 * The published report's discussion, as publishing opens it: tagged with the report's focus
 * areas and delegation, a first post by the publisher introducing it, followed by the publisher
 * and the delegation's members.
 */
async function openDiscussion(tx: Db, reportId: string, published: Step, context: Context): Promise<string> {
  const { delegation } = context;
  const content = published.content;
  const focusAreas = [
    ...new Set([
      ...content.measures.flatMap((measure) => measure.focusAreas),
      ...content.gaps.flatMap((gap) => (gap.focusArea ? [gap.focusArea] : [])),
    ]),
  ].slice(0, MAX_FOCUS_AREA_TAGS);
  const opening = firstParagraph(content.summary);
  const body = [
    `${delegation.name} has published its national report “${content.title}”.`,
    ...(opening ? [opening] : []),
    `[Read the report](${reportLink(reportId)})`,
  ].join('\n\n');
  const publisher = published.by;
  const followers = context.members.filter((m) => m.delegationId === delegation.id && m.id !== publisher.id);
  const thread = await tx.thread.create({
    data: {
      title: content.title.startsWith(`${delegation.name}:`)
        ? content.title
        : `${delegation.name}: ${content.title}`,
      authorId: publisher.id,
      reportId,
      lastPostNumber: 1,
      lastPostAt: published.at,
      lastPosterId: publisher.id,
      createdAt: published.at,
      focusAreas: { create: focusAreas.map((focusAreaCode) => ({ focusAreaCode })) },
      delegationsConcerned: { create: [{ delegationId: delegation.id }] },
      posts: {
        create: {
          number: 1,
          authorId: publisher.id,
          body,
          bodyHtml: renderMarkdown(body).html,
          createdAt: published.at,
        },
      },
      // The publisher and the delegation have read the announcement of their own report.
      readStates: {
        create: [publisher, ...followers].map((m) => ({ userId: m.id, lastReadPostNumber: 1 })),
      },
      subscriptions: {
        create: [
          { userId: publisher.id, level: 'FOLLOWING', reason: 'CREATED' },
          ...followers.map((m) => ({ userId: m.id, level: 'FOLLOWING' as const, reason: 'TAG' as const })),
        ],
      },
    },
    select: { id: true },
  });
  return thread.id;
}

/** The first save: the title, the summary's first paragraph and the first measure. */
function firstDraft(content: ReportContent): ReportContent {
  return {
    ...content,
    summary: firstParagraph(content.summary),
    measures: content.measures.slice(0, 1).map((measure) => ({ ...measure, status: 'PLANNED' })),
    goodPractices: '',
    gaps: [],
    nextSteps: '',
  };
}

/** As the API keeps content: tags without repeats, focus areas in their order, articles by number. */
function canonical(content: ReportContent, positionOf: (code: string) => number): ReportContent {
  return {
    ...content,
    measures: content.measures.map((measure) => ({
      ...measure,
      focusAreas: [...new Set(measure.focusAreas)].sort((a, b) => positionOf(a) - positionOf(b)),
      uncrcArticles: [...new Set(measure.uncrcArticles)].sort((a, b) => a - b),
    })),
  };
}

// As in reports/report-discussion.ts and report-views.ts, which the test set-up cannot load
// here (they need the workspace libraries at run time; the seed runs before any mapping).
function firstParagraph(markdown: string): string {
  return (
    markdown
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .find(Boolean) ?? ''
  );
}

const reportLink = (reportId: string) => `/reports/${reportId}`;
