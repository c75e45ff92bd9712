import type { ReferenceData, ReportDetail, ReportingPeriod } from '@egcc/contracts';
import { type Block, type ExportDocument, type Inline } from './blocks';
import { markdownToBlocks } from './markdown-blocks';

/** Names for the codes a report uses, from the reference tables (archived focus areas included). */
export interface ExportNames {
  focusAreas: Map<string, string>;
  measureKinds: Map<string, string>;
  gapKinds: Map<string, string>;
  uncrcArticles: Map<number, string>;
}

export function exportNames(
  reference: Pick<ReferenceData, 'measureKinds' | 'gapKinds' | 'uncrcArticles'> & {
    focusAreas: { code: string; name: string }[];
  },
): ExportNames {
  return {
    focusAreas: new Map(reference.focusAreas.map((area) => [area.code, area.name])),
    measureKinds: new Map(reference.measureKinds.map((kind) => [kind.code, kind.name])),
    gapKinds: new Map(reference.gapKinds.map((kind) => [kind.code, kind.name])),
    uncrcArticles: new Map(reference.uncrcArticles.map((article) => [article.number, article.title])),
  };
}

export const NOT_REPORTED = 'Not reported.';

const REPORT_STATUS = { DRAFT: 'Draft', SUBMITTED: 'Submitted', PUBLISHED: 'Published' } as const;
const MEASURE_STATUS = { PLANNED: 'Planned', ADOPTED: 'Adopted', IN_FORCE: 'In force' } as const;

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export function formatDate(iso: string | Date): string {
  return DATE.format(typeof iso === 'string' ? new Date(iso) : iso);
}

/** The period's label, or the meeting's title and date: what the report is for. */
export function reportOccasion(report: Pick<ReportDetail, 'period' | 'meeting'>): string {
  if (report.period) return report.period.label;
  if (report.meeting) return `${report.meeting.title} (${formatDate(report.meeting.startsAt)})`;
  return '';
}

/** One report as an export document. */
export function reportDocument(report: ReportDetail, names: ExportNames): ExportDocument {
  return {
    title: report.title,
    footerLabel: reportOccasion(report),
    blocks: reportBlocks(report, names, { level: 1 }),
  };
}

/**
 * A period's regional compilation: a cover, a table of contents and every report on its own
 * page, in the order of the delegations' names.
 */
export function compilationDocument(
  period: ReportingPeriod,
  reports: ReportDetail[],
  names: ExportNames,
  compiledAt: Date = new Date(),
): ExportDocument {
  const ordered = [...reports].sort((a, b) => a.delegation.name.localeCompare(b.delegation.name, 'en'));
  const entries = ordered.map((report, index) => ({
    text: report.delegation.name,
    anchor: `report_${index + 1}`,
  }));
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: `National reports: ${period.label}` },
    { type: 'paragraph', tone: 'lead', runs: [{ text: 'Regional compilation' }] },
    { type: 'paragraph', runs: [{ text: 'Expert Group for Cooperation on Children at Risk' }] },
    {
      type: 'fields',
      rows: [
        {
          label: 'Period',
          value: `${period.label} (${formatDate(period.startsOn)} to ${formatDate(period.endsOn)})`,
        },
        { label: 'Published reports', value: String(ordered.length) },
        { label: 'Compiled', value: formatDate(compiledAt) },
      ],
    },
  ];
  if (ordered.length === 0) {
    blocks.push({
      type: 'paragraph',
      tone: 'muted',
      runs: [{ text: 'No report has been published for this period yet.' }],
    });
  } else {
    blocks.push({ type: 'toc', title: 'Contents', entries });
  }
  ordered.forEach((report, index) => {
    blocks.push(
      ...reportBlocks(report, names, {
        level: 1,
        anchor: entries[index]?.anchor,
        heading: report.delegation.name,
      }),
    );
  });
  return {
    title: `EGCC national reports: ${period.label}`,
    footerLabel: period.label,
    blocks,
  };
}

interface Placement {
  level: 1;
  /** In a compilation: the report's anchor, and its heading (the delegation's name). */
  anchor?: string;
  heading?: string;
}

function reportBlocks(report: ReportDetail, names: ExportNames, place: Placement): Block[] {
  const compiled = Boolean(place.anchor);
  const blocks: Block[] = [
    {
      type: 'heading',
      level: 1,
      text: place.heading ?? report.title,
      ...(place.anchor ? { anchor: place.anchor, pageBreak: true } : {}),
    },
  ];
  if (compiled) blocks.push({ type: 'paragraph', tone: 'lead', runs: [{ text: report.title }] });
  const occasion = report.period
    ? { label: 'Reporting period', value: report.period.label }
    : { label: 'Meeting', value: reportOccasion(report) };
  blocks.push({
    type: 'fields',
    rows: [
      { label: 'Delegation', value: report.delegation.name },
      occasion,
      { label: 'Status', value: REPORT_STATUS[report.status] },
      {
        label: 'Published',
        value: report.publishedAt ? formatDate(report.publishedAt) : 'Not published',
      },
    ],
  });

  blocks.push(section('Summary'), ...markdownOrNotReported(report.summary.markdown));

  blocks.push(section('Measures taken'));
  if (report.measures.length === 0) blocks.push(notReported());
  report.measures.forEach((measure, index) => {
    blocks.push(
      { type: 'heading', level: 3, text: `${index + 1}. ${measure.title}` },
      {
        type: 'fields',
        rows: [
          { label: 'Kind', value: names.measureKinds.get(measure.kind) ?? measure.kind },
          { label: 'Status', value: MEASURE_STATUS[measure.status] },
          {
            label: 'Focus areas',
            value: list(measure.focusAreas.map((code) => names.focusAreas.get(code) ?? code)),
          },
          {
            label: 'UNCRC articles',
            value: list(
              measure.uncrcArticles.map((number) => {
                const title = names.uncrcArticles.get(number);
                return title ? `Art. ${number} (${title})` : `Art. ${number}`;
              }),
            ),
          },
        ],
      },
      ...markdownToBlocks(measure.description.markdown, { baseHeadingLevel: 4 }),
    );
  });

  blocks.push(section('Good practices'), ...markdownOrNotReported(report.goodPractices.markdown));

  blocks.push(section('Gaps'));
  if (report.gaps.length === 0) blocks.push(notReported());
  report.gaps.forEach((gap, index) => {
    const kind = names.gapKinds.get(gap.kind) ?? gap.kind;
    const area = gap.focusArea ? (names.focusAreas.get(gap.focusArea) ?? gap.focusArea) : null;
    blocks.push(
      { type: 'heading', level: 3, text: `Gap ${index + 1}: ${kind}${area ? `, ${area}` : ''}` },
      {
        type: 'fields',
        rows: [
          { label: 'Kind', value: kind },
          { label: 'Focus area', value: area ?? 'None given' },
        ],
      },
      ...markdownToBlocks(gap.description.markdown, { baseHeadingLevel: 4 }),
    );
  });

  blocks.push(section('Next steps'), ...markdownOrNotReported(report.nextSteps.markdown));

  blocks.push(section('Attachments'));
  if (report.attachments.length === 0) {
    blocks.push({ type: 'paragraph', tone: 'muted', runs: [{ text: 'No attachments.' }] });
  } else {
    blocks.push({
      type: 'list',
      ordered: false,
      start: 1,
      items: report.attachments.map((file) => [
        { type: 'paragraph', runs: [{ text: `${file.fileName} (${fileSize(file.sizeBytes)})` }] },
      ]),
    });
  }
  return blocks;
}

function section(text: string): Block {
  return { type: 'heading', level: 2, text };
}

function notReported(): Block {
  return { type: 'paragraph', tone: 'muted', runs: [{ text: NOT_REPORTED } satisfies Inline] };
}

function markdownOrNotReported(markdown: string): Block[] {
  const blocks = markdownToBlocks(markdown, { baseHeadingLevel: 3 });
  return blocks.length ? blocks : [notReported()];
}

function list(values: string[]): string {
  return values.length ? values.join('; ') : 'None given';
}

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
