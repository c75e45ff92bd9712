import type { ReferenceData, ReportGapView, ReportMeasureView, RenderedText } from '@egcc/contracts';
import type { ReactNode } from 'react';
import { referenceLabels } from '../../../shared/api/get-reference';
import { adaptRenderedHtml } from '../../../shared/ui/markdown/rendered-html';
import { MEASURE_STATUS_LABELS } from './labels';

/** The anchors of a report's sections, for links from the overview and the table of contents. */
export const SECTION_ANCHORS = {
  summary: 'summary',
  measures: 'measures',
  goodPractices: 'good-practices',
  gaps: 'gaps',
  nextSteps: 'next-steps',
} as const;

/** A section of Markdown as the API rendered and sanitised it; its own headings start below h2. */
export function RenderedSection({
  text,
  empty,
  headingLevel = 2,
}: {
  text: RenderedText;
  empty: string;
  headingLevel?: number;
}) {
  if (!text.markdown.trim()) return <p className="report-section__empty">{empty}</p>;
  return (
    <div
      className="rendered-text"
      // The API renders the Markdown and sanitises it (an allow-list of tags and link schemes).
      dangerouslySetInnerHTML={{ __html: adaptRenderedHtml(text.html, headingLevel) }}
    />
  );
}

export function ReportSection({
  anchor,
  title,
  children,
}: {
  anchor: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section className="report-section" aria-labelledby={`${anchor}-heading`} id={anchor}>
      <h2 id={`${anchor}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * Anchors "#measures-<focus area>" and "#gaps-<focus area>": each on the first item that
 * concerns the area, so that a link from the regional overview lands on the area's first one.
 */
function firstOfArea<T>(items: T[], areasOf: (item: T) => (string | null)[]): Map<number, string[]> {
  const seen = new Set<string>();
  const anchors = new Map<number, string[]>();
  items.forEach((item, index) => {
    for (const area of areasOf(item)) {
      if (!area || seen.has(area)) continue;
      seen.add(area);
      anchors.set(index, [...(anchors.get(index) ?? []), area]);
    }
  });
  return anchors;
}

/** Wraps an item in one element per anchor it carries, so that each anchor is the item itself. */
function Anchored({ ids, children }: { ids: string[]; children: ReactNode }) {
  return ids.reduceRight<ReactNode>(
    (inner, id) => (
      <div id={id} className="report-anchor">
        {inner}
      </div>
    ),
    children,
  );
}

export function MeasureList({
  measures,
  reference,
}: {
  measures: ReportMeasureView[];
  reference: ReferenceData;
}) {
  const labels = referenceLabels(reference);
  const anchors = firstOfArea(measures, (measure) => measure.focusAreas);
  const kindName = (code: string) => reference.measureKinds.find((kind) => kind.code === code)?.name ?? code;
  const article = (number: number) => reference.uncrcArticles.find((a) => a.number === number)?.title;
  if (measures.length === 0) return <p className="report-section__empty">No measures reported.</p>;
  return (
    <ol className="report-items" aria-label="Measures">
      {measures.map((measure, index) => (
        <li key={index} className="report-item-block" id={`measure-${index + 1}`}>
          <Anchored ids={(anchors.get(index) ?? []).map((area) => `measures-${area}`)}>
            <h3 className="report-item-block__title">{measure.title}</h3>
            <dl className="report-facts">
              <div>
                <dt>Kind</dt>
                <dd>{kindName(measure.kind)}</dd>
              </div>
              <div>
                <dt>Status</dt>
                <dd>{MEASURE_STATUS_LABELS[measure.status]}</dd>
              </div>
              <div>
                <dt>Focus areas</dt>
                <dd>
                  {measure.focusAreas.length
                    ? measure.focusAreas.map(labels.focusArea).join('; ')
                    : 'None given'}
                </dd>
              </div>
              <div>
                <dt>UNCRC articles</dt>
                <dd>
                  {measure.uncrcArticles.length ? (
                    <ul className="report-facts__list">
                      {measure.uncrcArticles.map((number) => (
                        <li key={number}>
                          Article {number}
                          {article(number) && <>: {article(number)}</>}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    'None given'
                  )}
                </dd>
              </div>
            </dl>
            <RenderedSection text={measure.description} empty="No description." headingLevel={3} />
          </Anchored>
        </li>
      ))}
    </ol>
  );
}

export function GapList({ gaps, reference }: { gaps: ReportGapView[]; reference: ReferenceData }) {
  const labels = referenceLabels(reference);
  const anchors = firstOfArea(gaps, (gap) => [gap.focusArea]);
  if (gaps.length === 0) return <p className="report-section__empty">No gaps reported.</p>;
  return (
    <ol className="report-items" aria-label="Gaps">
      {gaps.map((gap, index) => (
        <li key={index} className="report-item-block" id={`gap-${index + 1}`}>
          <Anchored ids={(anchors.get(index) ?? []).map((area) => `gaps-${area}`)}>
            <h3 className="report-item-block__title">
              Gap in {labels.gapKind(gap.kind).toLowerCase()}
              {gap.focusArea && <>: {labels.focusArea(gap.focusArea)}</>}
            </h3>
            <RenderedSection text={gap.description} empty="No description." headingLevel={3} />
          </Anchored>
        </li>
      ))}
    </ol>
  );
}
