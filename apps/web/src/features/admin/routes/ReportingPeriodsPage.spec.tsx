import type { ReportingPeriod } from '@egcc/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, makeSession, mockApi, problem, renderApp } from '../../../testing/render-app';

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
});

const H2: ReportingPeriod = {
  id: '0190a4c2-0000-7000-8000-00000000e262',
  code: '2026-H2',
  label: 'Second half of 2026',
  startsOn: '2026-07-01',
  endsOn: '2026-12-31',
  dueOn: '2027-01-31',
};
const H1: ReportingPeriod = {
  id: '0190a4c2-0000-7000-8000-00000000e261',
  code: '2026-H1',
  label: 'First half of 2026',
  startsOn: '2026-01-01',
  endsOn: '2026-06-30',
  dueOn: null,
};

function stubApi(roles: ('ADMIN' | 'CHAIR' | 'DELEGATE')[] = ['ADMIN']) {
  let periods = [H1, H2];
  let attempts = 0;
  return mockApi({
    'GET /api/v1/auth/session': json(makeSession({ roles })),
    'GET /api/v1/threads/unread': json({ unreadThreads: 0, unreadNotifications: 0 }),
    'GET /api/v1/reporting-periods': () => json(periods),
    'POST /api/v1/reporting-periods': ({ body }) => {
      attempts += 1;
      if (attempts === 1) {
        return problem(409, 'CONFLICT', 'There is already a reporting period 2026-H2.');
      }
      const created = {
        ...(body as Omit<ReportingPeriod, 'id'>),
        id: '0190a4c2-0000-7000-8000-00000000e271',
      };
      periods = [...periods, created];
      return json(created, 201);
    },
    [`PATCH /api/v1/reporting-periods/${H1.id}`]: ({ body }) => {
      const saved = { ...H1, ...(body as Partial<ReportingPeriod>) };
      periods = periods.map((period) => (period.id === H1.id ? saved : period));
      return json(saved);
    },
  });
}

const periodsTable = () => screen.getByRole('table', { name: 'Reporting periods, newest first' });

describe('the reporting periods (admin)', () => {
  it('lists the periods newest first, with their dates', async () => {
    stubApi();
    renderApp('/admin/reporting-periods');
    expect(await screen.findByRole('heading', { level: 1, name: 'Reporting periods' })).toBeInTheDocument();
    const rows = within(periodsTable()).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['2026-H2', '2026-H1']);
    expect(rows[0]).toHaveTextContent('Second half of 20261 July 202631 December 202631 January 2027');
    expect(rows[1]).toHaveTextContent('Not set');
    expect(
      within(screen.getByRole('navigation', { name: 'Admin' })).getByRole('link', {
        name: 'Reporting periods',
      }),
    ).toHaveAttribute('aria-current', 'page');
  });

  it('adds a period, showing the API’s field errors beside the field', async () => {
    const user = userEvent.setup();
    const api = stubApi();
    renderApp('/admin/reporting-periods');
    await screen.findByRole('heading', { level: 1, name: 'Reporting periods' });

    const form = screen.getByRole('region', { name: 'Add a reporting period' });
    await user.click(within(form).getByRole('button', { name: 'Add the period' }));
    // Checked before sending: nothing goes to the API.
    expect(await within(form).findAllByText('Enter a code for the period, like 2026-H2')).not.toHaveLength(0);
    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(0);

    await user.type(within(form).getByLabelText('Code'), '2026-h2');
    await user.type(within(form).getByLabelText('Label'), 'Second half of 2026');
    await user.type(within(form).getByLabelText('First day'), '2026-07-01');
    await user.type(within(form).getByLabelText('Last day'), '2026-06-01');
    await user.click(within(form).getByRole('button', { name: 'Add the period' }));
    expect(await within(form).findAllByText('Last day must not be before the start')).not.toHaveLength(0);

    await user.clear(within(form).getByLabelText('Last day'));
    await user.type(within(form).getByLabelText('Last day'), '2026-12-31');
    await user.click(within(form).getByRole('button', { name: 'Add the period' }));
    const code = within(form).getByLabelText('Code');
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    // The API's 409 names no field; the page knows it is about the code.
    expect(code).toHaveAccessibleDescription(
      expect.stringContaining('Error: There is already a reporting period 2026-H2'),
    );
    expect(
      within(form).getByRole('link', { name: 'There is already a reporting period 2026-H2' }),
    ).toHaveAttribute('href', '#new-period-code');
    const sent = api.calls.find((call) => call.method === 'POST');
    expect(sent?.body).toEqual({
      code: '2026-H2',
      label: 'Second half of 2026',
      startsOn: '2026-07-01',
      endsOn: '2026-12-31',
      dueOn: null,
    });

    await user.clear(code);
    await user.type(code, '2027-H1');
    await user.clear(within(form).getByLabelText('Label'));
    await user.type(within(form).getByLabelText('Label'), 'First half of 2027');
    await user.click(within(form).getByRole('button', { name: 'Add the period' }));
    expect(await screen.findByText('2027-H1 has been added.')).toBeInTheDocument();
    await waitFor(() =>
      expect(within(periodsTable()).getByRole('rowheader', { name: '2027-H1' })).toBeInTheDocument(),
    );
    // A fresh form for the next one.
    expect(within(form).getByLabelText('Code')).toHaveValue('');
  });

  it('edits a period’s label and dates in place', async () => {
    const user = userEvent.setup();
    const api = stubApi();
    renderApp('/admin/reporting-periods');
    await screen.findByRole('heading', { level: 1, name: 'Reporting periods' });

    const edit = screen.getByRole('button', { name: 'Edit 2026-H1' });
    await user.click(edit);
    expect(edit).toHaveAttribute('aria-expanded', 'true');
    // The form opens in the table, right after the period's row.
    const editor = within(periodsTable());
    const label = editor.getByLabelText('Label');
    expect(label).toHaveValue('First half of 2026');
    await user.clear(label);
    await user.type(label, 'January to June 2026');
    await user.type(editor.getByLabelText(/Reports due/), '2026-07-31');
    await user.click(screen.getByRole('button', { name: 'Save 2026-H1' }));

    expect(await screen.findByText('2026-H1 has been saved.')).toBeInTheDocument();
    expect(api.calls.find((call) => call.method === 'PATCH')?.body).toEqual({
      label: 'January to June 2026',
      startsOn: '2026-01-01',
      endsOn: '2026-06-30',
      dueOn: '2026-07-31',
    });
    await waitFor(() =>
      expect(within(periodsTable()).getByRole('row', { name: /^2026-H1/ })).toHaveTextContent(
        'January to June 2026',
      ),
    );
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit 2026-H1' })).toHaveFocus());
  });

  it('is not open to a delegate: the page says so before asking the API', async () => {
    const api = stubApi(['DELEGATE']);
    renderApp('/admin/reporting-periods');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeInTheDocument();
    expect(api.calls.some((call) => call.path === '/api/v1/reporting-periods')).toBe(false);
  });
});
