import type { ReferenceData, ReportDetail } from '@egcc/contracts';

// Test data for the report pages' unit tests: a report as the API answers it, with overrides.

export const PERSON = {
  id: '0190a4c2-0000-7000-8000-00000000f101',
  name: 'Laura Korhonen',
  handle: 'delegate.fi',
  delegation: { code: 'fi', name: 'Finland' },
};

export const OTHER_PERSON = {
  id: '0190a4c2-0000-7000-8000-00000000f102',
  name: 'Mikko Virtanen',
  handle: 'mikko.fi',
  delegation: { code: 'fi', name: 'Finland' },
};

export const REFERENCE_DATA: ReferenceData = {
  focusAreas: [
    { code: 'EARLY_INTERVENTION', name: 'Early intervention and prevention', description: '', position: 0 },
    { code: 'ALTERNATIVE_CARE', name: 'Children in alternative care', description: '', position: 1 },
  ],
  measureKinds: [
    { code: 'LEGISLATIVE', name: 'Legislative', description: '' },
    { code: 'POLITICAL', name: 'Political', description: '' },
    { code: 'ADMINISTRATIVE', name: 'Administrative', description: '' },
  ],
  gapKinds: [
    { code: 'SERVICES', name: 'Services', description: '' },
    { code: 'EXPERTISE', name: 'Expertise', description: '' },
    { code: 'CAPACITY', name: 'Capacity', description: '' },
  ],
  uncrcArticles: [
    { number: 3, title: 'Best interests of the child' },
    { number: 19, title: 'Protection from all forms of violence' },
  ],
};

const rendered = (markdown: string) => ({ markdown, html: markdown ? `<p>${markdown}</p>` : '' });

export const REPORT_ID = '0190a4c2-0000-7000-8000-0000000c0001';

export function makeReport(overrides: Partial<ReportDetail> = {}): ReportDetail {
  return {
    id: REPORT_ID,
    title: 'Finland: national report, 2026 H2',
    status: 'DRAFT',
    version: 2,
    delegation: { id: '0190a4c2-0000-7000-8000-0000000000f1', code: 'fi', name: 'Finland' },
    period: {
      id: '0190a4c2-0000-7000-8000-0000000d0001',
      code: '2026-H2',
      label: '2026 H2',
      startsOn: '2026-07-01',
      endsOn: '2026-12-31',
      dueOn: null,
    },
    meeting: null,
    measureCount: 1,
    gapCount: 0,
    updatedAt: '2026-11-20T10:00:00.000Z',
    submittedAt: null,
    publishedAt: null,
    summary: rendered('Our summary.'),
    measures: [
      {
        kind: 'LEGISLATIVE',
        status: 'ADOPTED',
        title: 'Child Welfare Act reform',
        description: rendered('A new act.'),
        focusAreas: ['EARLY_INTERVENTION'],
        uncrcArticles: [3],
      },
    ],
    goodPractices: rendered(''),
    gaps: [],
    nextSteps: rendered('More to come.'),
    createdBy: PERSON,
    updatedBy: PERSON,
    submittedBy: null,
    publishedBy: null,
    returnedAt: null,
    comments: [],
    attachments: [],
    threadId: null,
    actions: { edit: true, submit: true, withdraw: false, return: false, publish: false, attach: true },
    ...overrides,
  };
}
