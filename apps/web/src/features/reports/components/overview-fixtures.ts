// Test data for the overview and comparison pages, checked against the contracts' schemas so
// that a change to the API's shapes fails the tests rather than passing them on stale data.
import {
  RegionalOverview,
  ReportComparison,
  ReportDetail,
  type ReportDelegation,
  type ReportingPeriod,
} from '@egcc/contracts';

const uuid = (n: number) => `0190a4c2-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

export const delegation = (code: string, name: string, n: number): ReportDelegation => ({
  id: uuid(0xd000 + n),
  code,
  name,
});

export const DENMARK = delegation('dk', 'Denmark', 1);
export const ESTONIA = delegation('ee', 'Estonia', 2);
export const FINLAND = delegation('fi', 'Finland', 3);
export const LATVIA = delegation('lv', 'Latvia', 4);

export const period = (code: string, label: string, startsOn: string, endsOn: string): ReportingPeriod => ({
  id: uuid(0xe000 + Number(code.replace(/\D/g, '').slice(0, 6))),
  code,
  label,
  startsOn,
  endsOn,
  dueOn: null,
});

export const PERIOD_2024_H2 = period('2024-H2', 'Second half of 2024', '2024-07-01', '2024-12-31');
export const PERIOD_2025_H1 = period('2025-H1', 'First half of 2025', '2025-01-01', '2025-06-30');

export const FOCUS_AREAS = [
  { code: 'CHILD_RIGHTS', name: 'Child rights and child-friendly justice' },
  { code: 'EARLY_INTERVENTION', name: 'Early intervention and prevention' },
  { code: 'ALTERNATIVE_CARE', name: 'Children in alternative care' },
];

export const reportId = (n: number) => uuid(0xa000 + n);

/** A row: counts per focus area in FOCUS_AREAS order, as [measures, gaps]. */
export function overviewRow(who: ReportDelegation, n: number, counts: [number, number][]) {
  const cells = FOCUS_AREAS.map((area, index) => ({
    focusArea: area.code,
    measures: counts[index]?.[0] ?? 0,
    gaps: counts[index]?.[1] ?? 0,
  }));
  return {
    delegation: who,
    report: {
      id: reportId(n),
      title: `${who.name}: national report`,
      publishedAt: '2025-01-20T10:00:00.000Z',
    },
    cells,
    totals: {
      measures: cells.reduce((sum, cell) => sum + cell.measures, 0),
      gaps: cells.reduce((sum, cell) => sum + cell.gaps, 0),
    },
  };
}

export function overview(overrides: Partial<RegionalOverview> = {}): RegionalOverview {
  return RegionalOverview.parse({
    period: PERIOD_2024_H2,
    focusAreas: FOCUS_AREAS,
    rows: [
      overviewRow(DENMARK, 1, [
        [3, 1],
        [0, 0],
        [1, 0],
      ]),
      overviewRow(ESTONIA, 2, [
        [0, 0],
        [2, 2],
        [0, 1],
      ]),
      overviewRow(FINLAND, 3, [
        [1, 0],
        [0, 0],
        [0, 0],
      ]),
    ],
    notReported: [LATVIA],
    ...overrides,
  });
}

const text = (markdown: string, html: string) => ({ markdown, html });
const NO_ACTIONS = {
  edit: false,
  submit: false,
  withdraw: false,
  return: false,
  publish: false,
  attach: false,
};

export function reportDetail(
  who: ReportDelegation,
  n: number,
  content: Partial<Pick<ReportDetail, 'summary' | 'measures' | 'goodPractices' | 'gaps' | 'nextSteps'>> = {},
): ReportDetail {
  return ReportDetail.parse({
    id: reportId(n),
    title: `${who.name}: national report, second half of 2024`,
    status: 'PUBLISHED',
    version: 4,
    delegation: who,
    period: PERIOD_2024_H2,
    meeting: null,
    measureCount: content.measures?.length ?? 0,
    gapCount: content.gaps?.length ?? 0,
    updatedAt: '2025-01-20T10:00:00.000Z',
    submittedAt: '2025-01-15T10:00:00.000Z',
    publishedAt: '2025-01-20T10:00:00.000Z',
    summary: text('', ''),
    measures: [],
    goodPractices: text('', ''),
    gaps: [],
    nextSteps: text('', ''),
    createdBy: null,
    updatedBy: null,
    submittedBy: null,
    publishedBy: null,
    returnedAt: null,
    comments: [],
    attachments: [],
    threadId: null,
    actions: NO_ACTIONS,
    ...content,
  });
}

export const DENMARK_REPORT = reportDetail(DENMARK, 1, {
  summary: text(
    '# Overview\n\nBarnahus in every region.',
    '<h1>Overview</h1>\n<p>Barnahus in every region.</p>',
  ),
  measures: [
    {
      kind: 'LEGISLATIVE',
      status: 'IN_FORCE',
      title: 'Children’s Act',
      description: text('A new act.', '<p>A new act.</p>'),
      focusAreas: ['CHILD_RIGHTS'],
      uncrcArticles: [3, 12],
    },
  ],
  goodPractices: text('Child-friendly interviews.', '<p>Child-friendly interviews.</p>'),
  gaps: [
    {
      kind: 'CAPACITY',
      focusArea: 'ALTERNATIVE_CARE',
      description: text('Too few foster families.', '<p>Too few foster families.</p>'),
    },
  ],
  nextSteps: text('Evaluate the act.', '<p>Evaluate the act.</p>'),
});

export const ESTONIA_REPORT = reportDetail(ESTONIA, 2, {
  summary: text('Early help centres.', '<p>Early help centres.</p>'),
  measures: [
    {
      kind: 'ADMINISTRATIVE',
      status: 'PLANNED',
      title: 'Family support network',
      description: text('', ''),
      focusAreas: ['EARLY_INTERVENTION'],
      uncrcArticles: [],
    },
  ],
});

export function comparison(reports: ReportDetail[], missing: ReportDelegation[] = []): ReportComparison {
  return ReportComparison.parse({ period: PERIOD_2024_H2, reports, missing });
}

export const REFERENCE = {
  focusAreas: FOCUS_AREAS.map((area, position) => ({ ...area, description: area.name, position })),
  measureKinds: [
    { code: 'LEGISLATIVE', name: 'Legislative', description: 'Laws' },
    { code: 'POLITICAL', name: 'Political', description: 'Policies' },
    { code: 'ADMINISTRATIVE', name: 'Administrative', description: 'Practice' },
  ],
  gapKinds: [
    { code: 'SERVICES', name: 'Services', description: 'Services' },
    { code: 'EXPERTISE', name: 'Expertise', description: 'Expertise' },
    { code: 'CAPACITY', name: 'Capacity', description: 'Capacity' },
  ],
  uncrcArticles: [],
};
