import type { DiffPart, ReportDiff } from '@egcc/contracts';
import { DiffParts } from '../../../shared/ui/DiffParts';

/**
 * A readable diff, section by section: added words in <ins>, removed ones in <del>, each
 * also said in words ("added:", "removed:") for screen readers, and marked by more than colour
 * (underline, strike-through). Unchanged sections stay collapsed.
 */
export function DiffView({ diff, headingLevel = 3 }: { diff: ReportDiff; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const changed = diff.sections.filter((section) => section.changed).length;
  return (
    <div className="report-diff">
      <p className="report-diff__summary">
        {changed === 0
          ? 'The two versions are the same.'
          : `${changed} of ${diff.sections.length} sections changed.`}
      </p>
      {diff.sections.map((section) =>
        section.changed ? (
          <section key={section.key} className="report-diff__section" aria-labelledby={`diff-${section.key}`}>
            <Heading id={`diff-${section.key}`} className="report-diff__heading">
              {section.label} <span className="report-diff__state">(changed)</span>
            </Heading>
            <DiffText parts={section.parts} />
          </section>
        ) : (
          <details key={section.key} className="report-diff__section report-diff__section--same">
            <summary>
              {section.label} <span className="report-diff__state">(unchanged)</span>
            </summary>
            <DiffText parts={section.parts} />
          </details>
        ),
      )}
    </div>
  );
}

export function DiffText({ parts }: { parts: DiffPart[] }) {
  if (parts.every((part) => !part.text.trim())) return <p className="report-diff__empty">Empty in both.</p>;
  return (
    <div className="report-diff__text">
      <DiffParts parts={parts} />
    </div>
  );
}
