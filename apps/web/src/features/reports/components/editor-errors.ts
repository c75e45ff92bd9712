import { type FieldIssue, fieldMessage } from '../../../shared/ui/form/messages';
import type { SummaryItem } from '../../../shared/ui/form/use-form';
import type { ReportDraft } from './report-content';

/** Element ids of the editor's fields: whole sections by name, items by their key. */
export const SECTION_FIELD_IDS = {
  title: 'report-title',
  summary: 'report-summary',
  goodPractices: 'report-good-practices',
  nextSteps: 'report-next-steps',
} as const;

export const itemFieldId = (key: string, field: string) => `${key}-${field}`;

const MEASURE_FIELDS: Record<string, string> = {
  kind: 'Kind',
  status: 'Status',
  title: 'Title',
  description: 'Description',
  focusAreas: 'Focus areas',
  uncrcArticles: 'UNCRC articles',
};

const GAP_FIELDS: Record<string, string> = {
  kind: 'Kind',
  focusArea: 'Focus area',
  description: 'Description',
};

const SECTION_LABELS: Record<string, string> = {
  title: 'Title',
  summary: 'Summary',
  goodPractices: 'Good practices',
  nextSteps: 'Next steps',
  measures: 'Measures',
  gaps: 'Gaps',
};

export interface EditorIssue extends FieldIssue {
  path: readonly PropertyKey[];
}

export interface EditorErrors {
  /** Message by field id, shown beside the field. */
  byField: Record<string, string>;
  /** Every problem, for the error summary, linked to its field where there is one. */
  summary: SummaryItem[];
}

export const NO_ERRORS: EditorErrors = { byField: {}, summary: [] };

/** "/measures/0/title" → ["measures", 0, "title"]. */
export const pathOfPointer = (pointer: string): PropertyKey[] =>
  pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));

/** Puts each problem (from the schema, or from the API's field errors) beside its field. */
export function editorErrors(issues: readonly EditorIssue[], draft: ReportDraft): EditorErrors {
  const byField: Record<string, string> = {};
  const summary: SummaryItem[] = [];
  for (const issue of issues) {
    const [section, index, field] = issue.path;
    let fieldId: string | undefined;
    let label: string;
    if ((section === 'measures' || section === 'gaps') && typeof index === 'number') {
      const item = draft[section][index];
      const names = section === 'measures' ? MEASURE_FIELDS : GAP_FIELDS;
      const noun = section === 'measures' ? 'measure' : 'gap';
      const fieldName = typeof field === 'string' && field in names ? field : undefined;
      label = fieldName ? `${names[fieldName]} of ${noun} ${index + 1}` : `${noun} ${index + 1}`;
      fieldId = item && fieldName ? itemFieldId(item.key, fieldName) : undefined;
    } else if (typeof section === 'string' && section in SECTION_LABELS) {
      label = SECTION_LABELS[section] ?? section;
      fieldId = SECTION_FIELD_IDS[section as keyof typeof SECTION_FIELD_IDS];
    } else {
      label = 'The report';
    }
    const message = fieldMessage(label, issue);
    if (fieldId) {
      if (byField[fieldId]) continue;
      byField[fieldId] = message;
    }
    summary.push({ message, fieldId });
  }
  return { byField, summary };
}
