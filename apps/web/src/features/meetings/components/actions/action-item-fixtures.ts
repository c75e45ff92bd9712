import type { ActionItemDetail, ActionItemOverview, ActionItemSummary } from '@egcc/contracts';

export const MEETING = {
  id: '0190a4c2-0000-7000-8000-00000000a001',
  title: 'Autumn plenary',
  startsAt: '2026-10-14T07:00:00.000Z',
};
export const DENMARK = { id: '0190a4c2-0000-7000-8000-0000000000d1', code: 'dk', name: 'Denmark' };
export const FINLAND = { id: '0190a4c2-0000-7000-8000-0000000000f1', code: 'fi', name: 'Finland' };

let sequence = 0;

/** An action item as the API lists it; Denmark's, open, due in December, unless told otherwise. */
export function actionItem(overrides: Partial<ActionItemSummary> = {}): ActionItemSummary {
  sequence += 1;
  return {
    id: `0190a4c2-0000-7000-8000-${String(sequence).padStart(12, '0')}`,
    meeting: MEETING,
    agendaItem: { id: '0190a4c2-0000-7000-8000-00000000b001', title: 'National developments', position: 2 },
    decisionId: null,
    title: 'Share the national guidance on child-friendly interviews',
    owner: { kind: 'DELEGATION', delegation: DENMARK },
    dueOn: '2026-12-15',
    status: 'OPEN',
    overdue: false,
    closedAt: null,
    updatedAt: '2026-10-14T12:00:00.000Z',
    canUpdate: false,
    ...overrides,
  };
}

export function actionItemDetail(overrides: Partial<ActionItemDetail> = {}): ActionItemDetail {
  return {
    ...actionItem(overrides),
    description: { markdown: 'Send it to the secretariat.', html: '<p>Send it to the secretariat.</p>' },
    createdBy: {
      id: '0190a4c2-0000-7000-8000-00000000c001',
      name: 'Aino Virtanen',
      handle: 'aino',
      delegation: FINLAND,
    },
    createdAt: '2026-10-14T12:00:00.000Z',
    updates: [],
    ...overrides,
  };
}

export const OVERVIEW: ActionItemOverview = {
  rows: [
    { delegation: DENMARK, open: 2, inProgress: 1, overdue: 1 },
    { delegation: FINLAND, open: 1, inProgress: 0, overdue: 0 },
    { delegation: null, open: 1, inProgress: 0, overdue: 1 },
  ],
  totals: { open: 4, inProgress: 1, overdue: 2 },
};
