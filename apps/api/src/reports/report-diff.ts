import type { DiffPart, ReportContent, ReportDiff, ReportSectionKey } from '@egcc/contracts';
import { diffWordsWithSpace } from 'diff';

export const SECTIONS: { key: ReportSectionKey; label: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'summary', label: 'Summary' },
  { key: 'measures', label: 'Measures taken' },
  { key: 'goodPractices', label: 'Good practices' },
  { key: 'gaps', label: 'Gaps' },
  { key: 'nextSteps', label: 'Next steps' },
];

const MEASURE_KIND: Record<string, string> = {
  LEGISLATIVE: 'Legislative',
  POLITICAL: 'Political',
  ADMINISTRATIVE: 'Administrative',
};
const MEASURE_STATUS: Record<string, string> = {
  PLANNED: 'planned',
  ADOPTED: 'adopted',
  IN_FORCE: 'in force',
};
const GAP_KIND: Record<string, string> = {
  SERVICES: 'Services',
  EXPERTISE: 'Expertise',
  CAPACITY: 'Capacity',
};

/**
 * A section as plain text, for comparing revisions word by word: measures and gaps one per
 * paragraph, with their kind, status, focus areas and articles, so that changed tags show.
 */
export function sectionText(
  content: ReportContent,
  key: ReportSectionKey,
  focusAreaName: (code: string) => string = (code) => code,
): string {
  switch (key) {
    case 'measures':
      return content.measures
        .map((m, index) =>
          [
            `${index + 1}. ${m.title} (${MEASURE_KIND[m.kind] ?? m.kind}, ${MEASURE_STATUS[m.status] ?? m.status}).`,
            m.focusAreas.length ? `Focus areas: ${m.focusAreas.map(focusAreaName).join('; ')}.` : '',
            m.uncrcArticles.length ? `UNCRC articles: ${m.uncrcArticles.join(', ')}.` : '',
            m.description,
          ]
            .filter(Boolean)
            .join(' '),
        )
        .join('\n\n');
    case 'gaps':
      return content.gaps
        .map((g, index) =>
          [
            `${index + 1}. ${GAP_KIND[g.kind] ?? g.kind} gap${g.focusArea ? ` in ${focusAreaName(g.focusArea)}` : ''}.`,
            g.description,
          ].join(' '),
        )
        .join('\n\n');
    default:
      return content[key];
  }
}

/** Each section of two revisions compared word by word. */
export function diffContent(
  from: ReportContent,
  to: ReportContent,
  focusAreaName?: (code: string) => string,
): ReportDiff['sections'] {
  return SECTIONS.map(({ key, label }) => {
    const before = sectionText(from, key, focusAreaName);
    const after = sectionText(to, key, focusAreaName);
    const parts: DiffPart[] =
      before === after
        ? before
          ? [{ text: before, change: 'SAME' }]
          : []
        : diffWordsWithSpace(before, after).map((change) => ({
            text: change.value,
            change: change.added ? 'ADDED' : change.removed ? 'REMOVED' : 'SAME',
          }));
    return { key, label, changed: before !== after, parts };
  });
}
