import type { ReportDiff } from '@egcc/contracts';
import { render, screen } from '@testing-library/react';
import { DiffView } from './DiffView';

const revision = (version: number) => ({
  version,
  event: 'SAVED' as const,
  status: 'DRAFT' as const,
  createdBy: null,
  createdAt: '2026-11-20T10:00:00.000Z',
});

const DIFF: ReportDiff = {
  from: revision(2),
  to: revision(3),
  sections: [
    { key: 'title', label: 'Title', changed: false, parts: [{ text: 'Finland 2026 H2', change: 'SAME' }] },
    {
      key: 'summary',
      label: 'Summary',
      changed: true,
      parts: [
        { text: 'The act was ', change: 'SAME' },
        { text: 'drafted', change: 'REMOVED' },
        { text: 'adopted', change: 'ADDED' },
        { text: ' in May.', change: 'SAME' },
      ],
    },
  ],
};

describe('the diff of two revisions', () => {
  it('marks added and removed words with ins and del, and says so in words', () => {
    render(<DiffView diff={DIFF} />);
    const summary = screen.getByRole('region', { name: 'Summary (changed)' });
    const added = summary.querySelector('ins');
    const removed = summary.querySelector('del');
    expect(added).toHaveTextContent('[added: adopted]');
    expect(removed).toHaveTextContent('[removed: drafted]');
    expect(summary).toHaveTextContent('The act was [removed: drafted][added: adopted] in May.');
    expect(screen.getByText('1 of 2 sections changed.')).toBeInTheDocument();
  });

  it('keeps unchanged sections collapsed', () => {
    render(<DiffView diff={DIFF} />);
    const title = screen.getByText('Title').closest('details');
    expect(title).not.toBeNull();
    expect(title).not.toHaveAttribute('open');
    expect(screen.queryByRole('region', { name: /Title/ })).not.toBeInTheDocument();
  });
});
