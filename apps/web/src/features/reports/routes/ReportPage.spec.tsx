import type { ReportDetail } from '@egcc/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, makeSession, mockApi, renderApp } from '../../../testing/render-app';
import { makeReport, OTHER_PERSON, PERSON, REFERENCE_DATA, REPORT_ID } from '../components/report-fixtures';

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
});

const REPORT_PATH = `/api/v1/reports/${REPORT_ID}`;

function stubApi(report: ReportDetail, roles: ('DELEGATE' | 'CHAIR' | 'OBSERVER')[]) {
  let current = report;
  return mockApi({
    'GET /api/v1/auth/session': json(makeSession({ roles })),
    'GET /api/v1/threads/unread': json({ unreadThreads: 0, unreadNotifications: 0 }),
    'GET /api/v1/reference': json(REFERENCE_DATA),
    [`GET ${REPORT_PATH}`]: () => json(current),
    [`POST ${REPORT_PATH}/return`]: ({ body }) => {
      current = {
        ...current,
        status: 'DRAFT',
        version: current.version + 1,
        returnedAt: '2026-11-22T10:00:00.000Z',
        comments: [
          {
            id: '0190a4c2-0000-7000-8000-0000000e0001',
            kind: 'RETURNED',
            body: (body as { comment: string }).comment,
            author: OTHER_PERSON,
            createdAt: '2026-11-22T10:00:00.000Z',
          },
        ],
        actions: {
          edit: false,
          submit: false,
          withdraw: false,
          return: false,
          publish: false,
          attach: false,
        },
      };
      return json(current);
    },
  });
}

const SUBMITTED = makeReport({
  status: 'SUBMITTED',
  version: 4,
  submittedAt: '2026-11-21T10:00:00.000Z',
  submittedBy: PERSON,
  actions: { edit: false, submit: false, withdraw: false, return: true, publish: true, attach: false },
});

describe('the report page', () => {
  it('shows the sections with their anchors, the measure’s tags by name, and only the steps the reader may take', async () => {
    stubApi(SUBMITTED, ['CHAIR', 'DELEGATE']);
    renderApp(`/reports/${REPORT_ID}`);

    expect(await screen.findByRole('heading', { level: 1, name: SUBMITTED.title })).toBeInTheDocument();
    for (const [name, id] of [
      ['Summary', 'summary'],
      ['Measures', 'measures'],
      ['Good practices', 'good-practices'],
      ['Gaps', 'gaps'],
      ['Next steps', 'next-steps'],
    ]) {
      expect(screen.getByRole('region', { name })).toHaveAttribute('id', id);
    }
    const firstOnEarlyIntervention = document.getElementById('measures-EARLY_INTERVENTION');
    expect(firstOnEarlyIntervention).toHaveTextContent('Child Welfare Act reform');
    expect(firstOnEarlyIntervention).toHaveTextContent('Early intervention and prevention');
    expect(firstOnEarlyIntervention).toHaveTextContent('Article 3: Best interests of the child');

    const actions = screen.getByRole('group', { name: 'What you can do with this report' });
    expect(
      within(actions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Publish', 'Return to the delegation']);
    expect(within(actions).queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download as PDF' })).toHaveAttribute(
      'href',
      `/api/v1/reports/${REPORT_ID}/export?format=pdf`,
    );
  });

  it('returns the report only with a comment, which the delegation then sees', async () => {
    const user = userEvent.setup();
    const api = stubApi(SUBMITTED, ['CHAIR', 'DELEGATE']);
    renderApp(`/reports/${REPORT_ID}`);

    await user.click(await screen.findByRole('button', { name: 'Return to the delegation' }));
    const dialog = screen.getByRole('dialog', { name: 'Return the report to its delegation' });
    const comment = within(dialog).getByRole('textbox', { name: 'Comment' });
    expect(comment).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Return the report' }));
    expect(comment).toHaveAccessibleDescription(/Error: Say what the delegation should change/);
    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(0);

    await user.type(comment, 'Please add the gaps.');
    await user.click(within(dialog).getByRole('button', { name: 'Return the report' }));

    expect(
      await screen.findByText('The report is returned to its delegation with your comment.'),
    ).toBeInTheDocument();
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({
      comment: 'Please add the gaps.',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('Returned for changes')).toBeInTheDocument();
    expect(screen.getAllByText('Please add the gaps.').length).toBeGreaterThan(0);
    expect(screen.queryByRole('group', { name: 'What you can do with this report' })).not.toBeInTheDocument();
  });
});
