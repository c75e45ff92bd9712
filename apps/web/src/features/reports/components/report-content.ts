import type {
  GapKindCode,
  MeasureKindCode,
  MeasureStatus,
  ReportContent,
  ReportDetail,
  ReportSectionKey,
} from '@egcc/contracts';

/** A measure as the editor holds it: `key` keeps its identity while it is moved about. */
export interface MeasureDraft {
  key: string;
  kind: MeasureKindCode | '';
  status: MeasureStatus | '';
  title: string;
  description: string;
  focusAreas: string[];
  uncrcArticles: string[];
}

export interface GapDraft {
  key: string;
  kind: GapKindCode | '';
  /** '' for none. */
  focusArea: string;
  description: string;
}

/** The whole report as the editor holds it. */
export interface ReportDraft {
  title: string;
  summary: string;
  measures: MeasureDraft[];
  goodPractices: string;
  gaps: GapDraft[];
  nextSteps: string;
}

export const SECTION_KEYS: readonly ReportSectionKey[] = [
  'title',
  'summary',
  'measures',
  'goodPractices',
  'gaps',
  'nextSteps',
];

export const SECTION_LABELS: Record<ReportSectionKey, string> = {
  title: 'Title',
  summary: 'Summary',
  measures: 'Measures',
  goodPractices: 'Good practices',
  gaps: 'Gaps',
  nextSteps: 'Next steps',
};

let lastKey = 0;
/** A key for a new measure or gap, unique in this page. */
export const newKey = () => `item-${(lastKey += 1)}`;

export const emptyMeasure = (): MeasureDraft => ({
  key: newKey(),
  kind: '',
  status: '',
  title: '',
  description: '',
  focusAreas: [],
  uncrcArticles: [],
});

export const emptyGap = (): GapDraft => ({ key: newKey(), kind: '', focusArea: '', description: '' });

/** The saved content of a report, as its page shows it (Markdown sources, not the HTML). */
export function contentOf(report: ReportDetail): ReportContent {
  return {
    title: report.title,
    summary: report.summary.markdown,
    measures: report.measures.map((measure) => ({
      kind: measure.kind,
      status: measure.status,
      title: measure.title,
      description: measure.description.markdown,
      focusAreas: measure.focusAreas,
      uncrcArticles: measure.uncrcArticles,
    })),
    goodPractices: report.goodPractices.markdown,
    gaps: report.gaps.map((gap) => ({
      kind: gap.kind,
      focusArea: gap.focusArea,
      description: gap.description.markdown,
    })),
    nextSteps: report.nextSteps.markdown,
  };
}

export function draftOf(content: ReportContent): ReportDraft {
  return {
    title: content.title,
    summary: content.summary,
    measures: content.measures.map((measure) => ({
      key: newKey(),
      kind: measure.kind,
      status: measure.status,
      title: measure.title,
      description: measure.description,
      focusAreas: [...measure.focusAreas],
      uncrcArticles: measure.uncrcArticles.map(String),
    })),
    goodPractices: content.goodPractices,
    gaps: content.gaps.map((gap) => ({
      key: newKey(),
      kind: gap.kind,
      focusArea: gap.focusArea ?? '',
      description: gap.description,
    })),
    nextSteps: content.nextSteps,
  };
}

/**
 * What the editor sends (the schema then checks it): empty choices stay empty, so that the
 * check names them; tags in a steady order.
 */
export function requestOf(draft: ReportDraft) {
  return {
    title: draft.title,
    summary: draft.summary,
    measures: draft.measures.map((measure) => ({
      kind: measure.kind,
      status: measure.status,
      title: measure.title,
      description: measure.description,
      focusAreas: [...measure.focusAreas].sort(),
      uncrcArticles: measure.uncrcArticles.map(Number).sort((a, b) => a - b),
    })),
    goodPractices: draft.goodPractices,
    gaps: draft.gaps.map((gap) => ({
      kind: gap.kind,
      focusArea: gap.focusArea || null,
      description: gap.description,
    })),
    nextSteps: draft.nextSteps,
  };
}

type ComparableContent = ReturnType<typeof requestOf>;

/** One section in a form that compares as the API would store it (trimmed text, sorted tags). */
function comparable(content: ComparableContent, key: ReportSectionKey): string {
  const trim = (text: string) => text.trim();
  switch (key) {
    case 'measures':
      return JSON.stringify(
        content.measures.map((measure) => ({
          ...measure,
          title: trim(measure.title),
          description: trim(measure.description),
          focusAreas: [...measure.focusAreas].sort(),
          uncrcArticles: [...measure.uncrcArticles].sort((a, b) => a - b),
        })),
      );
    case 'gaps':
      return JSON.stringify(content.gaps.map((gap) => ({ ...gap, description: trim(gap.description) })));
    default:
      return trim(content[key]);
  }
}

/** Drafts carry keys on their items; without items, both forms compare alike. */
const isDraft = (content: ReportContent | ReportDraft): content is ReportDraft =>
  [...content.measures, ...content.gaps].some((item) => 'key' in item);

const asComparable = (content: ReportContent | ReportDraft): ComparableContent =>
  requestOf(isDraft(content) ? content : draftOf(content));

export function sameSection(
  a: ReportContent | ReportDraft,
  b: ReportContent | ReportDraft,
  key: ReportSectionKey,
): boolean {
  return comparable(asComparable(a), key) === comparable(asComparable(b), key);
}

/** Whether the editor holds anything not saved in `saved`. */
export function hasChanges(draft: ReportDraft, saved: ReportContent): boolean {
  return SECTION_KEYS.some((key) => !sameSection(draft, saved, key));
}

export type MergeChoice = 'mine' | 'theirs';

export interface SectionMerge {
  key: ReportSectionKey;
  label: string;
  /** The member changed it since the version they started from. */
  mineChanged: boolean;
  /** The newer version changed it since then. */
  theirsChanged: boolean;
  /** The two versions now differ: there is a choice to make. */
  differ: boolean;
  /** Theirs, unless the member changed the section. */
  suggested: MergeChoice;
}

/**
 * Compares, section by section, the version the member started from (`base`), what the member
 * has now (`mine`) and the newer saved version (`theirs`).
 */
export function planMerge(base: ReportContent, mine: ReportDraft, theirs: ReportContent): SectionMerge[] {
  return SECTION_KEYS.map((key) => {
    const mineChanged = !sameSection(mine, base, key);
    return {
      key,
      label: SECTION_LABELS[key],
      mineChanged,
      theirsChanged: !sameSection(theirs, base, key),
      differ: !sameSection(mine, theirs, key),
      suggested: mineChanged ? 'mine' : 'theirs',
    };
  });
}

export const suggestedChoices = (plan: SectionMerge[]): Record<ReportSectionKey, MergeChoice> =>
  Object.fromEntries(plan.map((section) => [section.key, section.suggested])) as Record<
    ReportSectionKey,
    MergeChoice
  >;

/** The merged report: each section from the member's draft or from the newer version. */
export function mergeContent(
  mine: ReportDraft,
  theirs: ReportContent,
  choices: Partial<Record<ReportSectionKey, MergeChoice>>,
): ReportDraft {
  const theirDraft = draftOf(theirs);
  const pick = <K extends ReportSectionKey>(key: K): ReportDraft[K] =>
    choices[key] === 'mine' ? mine[key] : theirDraft[key];
  return {
    title: pick('title'),
    summary: pick('summary'),
    measures: pick('measures'),
    goodPractices: pick('goodPractices'),
    gaps: pick('gaps'),
    nextSteps: pick('nextSteps'),
  };
}
