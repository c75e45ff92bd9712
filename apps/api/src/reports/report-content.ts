import type { FieldError, ReportContent, ReportRevisionEvent, ReportStatus } from '@egcc/contracts';
import { DomainException } from '../common/domain.exception';
import type { Db } from '../database/prisma.service';
import type { Prisma } from '../generated/prisma/client';

/**
 * Checks a report's content against the vocabularies (focus areas in use, UNCRC articles) and
 * puts it in its canonical form: tags without repeats, focus areas in their usual order,
 * articles by number. Unknown codes are field errors; nothing is written.
 */
export async function checkContent(db: Db, content: ReportContent): Promise<ReportContent> {
  const codes = new Set<string>();
  const articles = new Set<number>();
  for (const measure of content.measures) {
    measure.focusAreas.forEach((code) => codes.add(code));
    measure.uncrcArticles.forEach((number) => articles.add(number));
  }
  for (const gap of content.gaps) if (gap.focusArea) codes.add(gap.focusArea);
  const areas = codes.size
    ? await db.focusArea.findMany({
        where: { code: { in: [...codes] }, archivedAt: null },
        select: { code: true, position: true },
      })
    : [];
  const positionOf = new Map(areas.map((area) => [area.code, area.position]));
  const known = articles.size
    ? new Set(
        (
          await db.uncrcArticle.findMany({
            where: { number: { in: [...articles] } },
            select: { number: true },
          })
        ).map((article) => article.number),
      )
    : new Set<number>();
  const errors: FieldError[] = [];
  const unknownArea = (pointer: string, code: string) =>
    errors.push({ in: 'body', pointer, detail: `no focus area "${code}"`, code: 'unknown_focus_area' });
  content.measures.forEach((measure, index) => {
    measure.focusAreas.forEach((code, i) => {
      if (!positionOf.has(code)) unknownArea(`/measures/${index}/focusAreas/${i}`, code);
    });
    measure.uncrcArticles.forEach((number, i) => {
      if (!known.has(number))
        errors.push({
          in: 'body',
          pointer: `/measures/${index}/uncrcArticles/${i}`,
          detail: `no UNCRC article ${number}`,
          code: 'unknown_article',
        });
    });
  });
  content.gaps.forEach((gap, index) => {
    if (gap.focusArea && !positionOf.has(gap.focusArea))
      unknownArea(`/gaps/${index}/focusArea`, gap.focusArea);
  });
  if (errors.length) throw DomainException.validation(errors);
  return {
    title: content.title,
    summary: content.summary,
    measures: content.measures.map((measure) => ({
      ...measure,
      focusAreas: [...new Set(measure.focusAreas)].sort(
        (a, b) => (positionOf.get(a) ?? 0) - (positionOf.get(b) ?? 0),
      ),
      uncrcArticles: [...new Set(measure.uncrcArticles)].sort((a, b) => a - b),
    })),
    goodPractices: content.goodPractices,
    gaps: content.gaps.map((gap) => ({ ...gap })),
    nextSteps: content.nextSteps,
  };
}

/** Replaces the report's measures and gaps with those of `content`. */
export async function writeLists(db: Db, reportId: string, content: ReportContent): Promise<void> {
  await db.reportMeasure.deleteMany({ where: { reportId } });
  await db.reportGap.deleteMany({ where: { reportId } });
  if (content.measures.length) {
    const measures = await db.reportMeasure.createManyAndReturn({
      data: content.measures.map((measure, position) => ({
        reportId,
        position,
        kind: measure.kind,
        status: measure.status,
        title: measure.title,
        description: measure.description,
      })),
      select: { id: true, position: true },
    });
    const idAt = new Map(measures.map((m) => [m.position, m.id]));
    const focusAreas = content.measures.flatMap((measure, position) =>
      measure.focusAreas.map((focusAreaCode) => ({ measureId: idAt.get(position) as string, focusAreaCode })),
    );
    const articles = content.measures.flatMap((measure, position) =>
      measure.uncrcArticles.map((articleNumber) => ({
        measureId: idAt.get(position) as string,
        articleNumber,
      })),
    );
    if (focusAreas.length) await db.measureFocusArea.createMany({ data: focusAreas });
    if (articles.length) await db.measureUncrcArticle.createMany({ data: articles });
  }
  if (content.gaps.length) {
    await db.reportGap.createMany({
      data: content.gaps.map((gap, position) => ({
        reportId,
        position,
        kind: gap.kind,
        focusAreaCode: gap.focusArea,
        description: gap.description,
      })),
    });
  }
}

/** Keeps a version of the report: what it said, in which state, who made it and how. */
export async function recordRevision(
  db: Db,
  revision: {
    reportId: string;
    version: number;
    event: ReportRevisionEvent;
    status: ReportStatus;
    content: ReportContent;
    actorId: string;
  },
): Promise<void> {
  await db.reportRevision.create({
    data: {
      reportId: revision.reportId,
      version: revision.version,
      event: revision.event,
      status: revision.status,
      snapshot: revision.content as unknown as Prisma.InputJsonObject,
      createdById: revision.actorId,
    },
  });
}
