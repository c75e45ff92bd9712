import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { actionItem } from './action-item-fixtures';
import { FollowUpActionItems } from './FollowUpActionItems';

const renderWith = (element: React.ReactElement) =>
  render(<RouterProvider router={createMemoryRouter([{ path: '/', element }])} />);

describe('the follow-up of action items on an agenda', () => {
  it('lists the items carried over with owner, due date, status and the meeting they come from', () => {
    const overdue = actionItem({ title: 'Share the guidance', overdue: true, dueOn: '2026-11-20' });
    const going = actionItem({
      title: 'Map the services',
      status: 'IN_PROGRESS',
      owner: {
        kind: 'MEMBER',
        member: {
          id: overdue.id,
          name: 'Søren Nielsen',
          handle: 'soren',
          delegation: { code: 'dk', name: 'Denmark' },
        },
      },
    });
    renderWith(
      <>
        <h3 id="follow-up-title">Follow-up of action items</h3>
        <FollowUpActionItems items={[overdue, going]} labelledBy="follow-up-title" />
      </>,
    );
    const list = screen.getByRole('list', { name: 'Follow-up of action items' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(within(first!).getByRole('link', { name: 'Share the guidance' })).toHaveAttribute(
      'href',
      `/action-items/${overdue.id}`,
    );
    expect(first).toHaveTextContent('Open');
    expect(first).toHaveTextContent('Overdue');
    expect(first).toHaveTextContent('Denmark · due 20 November 2026 · from “Autumn plenary”');
    expect(second).toHaveTextContent('In progress');
    expect(second).toHaveTextContent('Søren Nielsen (Denmark)');
  });

  it('says so when nothing is open', () => {
    renderWith(<FollowUpActionItems items={[]} />);
    expect(screen.getByText('No action items of earlier meetings are open.')).toBeInTheDocument();
  });
});
