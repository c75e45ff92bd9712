import type {
  MeasureStatus,
  ReferenceData,
  RenderedText,
  ReportComparison,
  ReportDetail,
} from '@egcc/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { adaptRenderedHtml } from '../../../shared/ui/markdown/rendered-html';
import './overview-comparison.css';

const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = {
  PLANNED: 'Planned',
  ADOPTED: 'Adopted',
  IN_FORCE: 'In force',
};

interface Labels {
  focusArea(code: string): string;
  measureKind(code: string): string;
  gapKind(code: string): string;
}

export function comparisonLabels(reference: ReferenceData): Labels {
  const name = (list: readonly { code: string; name: string }[]) => (code: string) =>
    list.find((item) => item.code === code)?.name ?? code;
  return {
    focusArea: name(reference.focusAreas),
    measureKind: name(reference.measureKinds),
    gapKind: name(reference.gapKinds),
  };
}

interface SectionSpec {
  key: string;
  title: string;
  render(report: ReportDetail, labels: Labels): ReactNode;
}

/** Markdown the API rendered and sanitised, under a column's h3. */
function Text({ text, empty }: { text: RenderedText; empty: string }) {
  if (!text.markdown.trim()) return <p className="comparison-empty">{empty}</p>;
  return <div className="post__body" dangerouslySetInnerHTML={{ __html: adaptRenderedHtml(text.html, 3) }} />;
}

const meta = (...parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join(' · ');

const SECTIONS: SectionSpec[] = [
  {
    key: 'summary',
    title: 'Summary',
    render: (report) => <Text text={report.summary} empty="No summary written." />,
  },
  {
    key: 'measures',
    title: 'Measures taken',
    render: (report, labels) =>
      report.measures.length === 0 ? (
        <p className="comparison-empty">No measures listed.</p>
      ) : (
        <ul className="comparison-items" aria-label={`Measures of ${report.delegation.name}`}>
          {report.measures.map((measure, index) => (
            <li key={index}>
              <p className="comparison-item__title">{measure.title}</p>
              <p className="comparison-item__meta">
                {meta(
                  labels.measureKind(measure.kind),
                  MEASURE_STATUS_LABELS[measure.status],
                  measure.focusAreas.map(labels.focusArea).join(', '),
                  measure.uncrcArticles.length > 0 &&
                    `UNCRC ${measure.uncrcArticles.length === 1 ? 'article' : 'articles'} ${measure.uncrcArticles.join(', ')}`,
                )}
              </p>
              {measure.description.markdown.trim() && (
                <details className="comparison-item__details">
                  <summary>
                    Description<span className="visually-hidden"> of {measure.title}</span>
                  </summary>
                  <Text text={measure.description} empty="" />
                </details>
              )}
            </li>
          ))}
        </ul>
      ),
  },
  {
    key: 'good-practices',
    title: 'Good practices',
    render: (report) => <Text text={report.goodPractices} empty="No good practices written." />,
  },
  {
    key: 'gaps',
    title: 'Gaps',
    render: (report, labels) =>
      report.gaps.length === 0 ? (
        <p className="comparison-empty">No gaps listed.</p>
      ) : (
        <ul className="comparison-items" aria-label={`Gaps of ${report.delegation.name}`}>
          {report.gaps.map((gap, index) => (
            <li key={index}>
              <p className="comparison-item__meta">
                {meta(
                  `Gap in ${labels.gapKind(gap.kind).toLowerCase()}`,
                  gap.focusArea && labels.focusArea(gap.focusArea),
                )}
              </p>
              <Text text={gap.description} empty="" />
            </li>
          ))}
        </ul>
      ),
  },
  {
    key: 'next-steps',
    title: 'Next steps',
    render: (report) => <Text text={report.nextSteps} empty="No next steps written." />,
  },
];

/**
 * The chosen reports side by side, section by section: each section a heading, then one
 * column per delegation headed by its name, so that a screen reader says whose text follows.
 */
export function ComparisonSections({ comparison, labels }: { comparison: ReportComparison; labels: Labels }) {
  const { reports } = comparison;
  return (
    <>
      <section aria-labelledby="compare-reports" className="comparison-section">
        <h2 id="compare-reports">Reports compared</h2>
        <ul className="plain-list">
          {reports.map((report) => (
            <li key={report.id}>
              <Link to={`/reports/${encodeURIComponent(report.id)}`}>{report.title}</Link> (
              {report.delegation.name})
            </li>
          ))}
        </ul>
      </section>
      {SECTIONS.map((section) => (
        <section key={section.key} aria-labelledby={`compare-${section.key}`} className="comparison-section">
          <h2 id={`compare-${section.key}`}>{section.title}</h2>
          <div className="comparison-grid">
            {reports.map((report) => (
              <div className="comparison-column" key={report.id} data-delegation={report.delegation.code}>
                <h3>
                  {report.delegation.name}
                  <span className="visually-hidden">: {section.title.toLowerCase()}</span>
                </h3>
                {section.render(report, labels)}
              </div>
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
