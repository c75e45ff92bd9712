import type { AgendaDiff, AgendaSnapshotItem } from '@egcc/contracts';
import { render, screen, within } from '@testing-library/react';
import { AgendaDiffView } from './AgendaDiffView';

const item = (
  id: string,
  title: string,
  overrides: Partial<AgendaSnapshotItem> = {},
): AgendaSnapshotItem => ({
  id,
  title,
  description: '',
  kind: 'DISCUSSION',
  durationMinutes: 30,
  presenter: null,
  reports: [],
  threads: [],
  isActionItemFollowUp: false,
  ...overrides,
});

const version = (number: number) => ({
  number,
  publishedAt: '2026-11-20T10:00:00.000Z',
  publishedBy: null,
  itemCount: 2,
});

const ID = (n: number) => `0190a4c2-0000-7000-8000-00000000c00${n}`;

const DIFF: AgendaDiff = {
  from: version(1),
  to: version(2),
  meetingChanges: [
    { field: 'place', before: 'Riga', after: 'Tallinn' },
    { field: 'startsAt', before: '2026-12-01T08:00:00.000Z', after: '2026-12-01T09:00:00.000Z' },
  ],
  items: [
    {
      itemId: ID(1),
      change: 'ADDED',
      fromPosition: null,
      toPosition: 1,
      before: null,
      after: item(ID(1), 'Welcome'),
      changedFields: [],
      parts: [],
    },
    {
      itemId: ID(2),
      change: 'CHANGED',
      fromPosition: 1,
      toPosition: 2,
      before: item(ID(2), 'National developments'),
      after: item(ID(2), 'National developments and gaps', { durationMinutes: 45 }),
      changedFields: ['position', 'title', 'durationMinutes'],
      parts: [
        { text: 'National developments', change: 'SAME' },
        { text: ' and gaps', change: 'ADDED' },
      ],
    },
    {
      itemId: ID(3),
      change: 'REMOVED',
      fromPosition: 2,
      toPosition: null,
      before: item(ID(3), 'Any other business'),
      after: null,
      changedFields: [],
      parts: [],
    },
  ],
};

describe('what changed between two agenda versions', () => {
  it('says every change in words, not by colour alone', () => {
    render(<AgendaDiffView diff={DIFF} timeZone="Europe/Riga" />);
    const items = within(screen.getByRole('list', { name: 'Agenda items compared' })).getAllByRole(
      'listitem',
    );
    expect(items[0]).toHaveTextContent('Welcome — Added as item 1');
    expect(items[1]).toHaveTextContent(
      'National developments and gaps — Moved from item 1 to item 2; Changed: title, duration',
    );
    expect(items[1]).toHaveTextContent('[added: and gaps]');
    expect(items[1]).toHaveTextContent('Durationwas 30 min →, now 45 min');
    expect(items[2]).toHaveTextContent('Any other business — Removed (was item 2)');
    const meeting = screen.getByRole('table', { name: 'The meeting' });
    expect(within(meeting).getByRole('row', { name: /Place/ })).toHaveTextContent('RigaTallinn');
    expect(within(meeting).getByRole('row', { name: /Start/ })).toHaveTextContent(
      'Tue, 1 Dec 2026, 10:00Tue, 1 Dec 2026, 11:00',
    );
  });
});
