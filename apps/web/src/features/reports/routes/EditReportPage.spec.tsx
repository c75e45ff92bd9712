import type { ReportDetail, SaveReportRequest } from '@egcc/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, makeSession, mockApi, problem, renderApp } from '../../../testing/render-app';
import { makeReport, OTHER_PERSON, REFERENCE_DATA, REPORT_ID } from '../components/report-fixtures';

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
});

const REPORT_PATH = `/api/v1/reports/${REPORT_ID}`;

function stubApi(options: {
  save?: (body: SaveReportRequest) => ReturnType<typeof json>;
  latest?: () => ReportDetail;
}) {
  let current = makeReport();
  return mockApi({
    'GET /api/v1/auth/session': json(makeSession({ roles: ['DELEGATE'] })),
    'GET /api/v1/threads/unread': json({ unreadThreads: 0, unreadNotifications: 0 }),
    'GET /api/v1/reference': json(REFERENCE_DATA),
    [`GET ${REPORT_PATH}`]: () => json(options.latest?.() ?? current),
    [`PUT ${REPORT_PATH}`]: ({ body }) => {
      const request = body as SaveReportRequest;
      if (options.save) return options.save(request);
      current = { ...current, version: current.version + 1, title: request.title };
      return json(current);
    },
  });
}

const puts = (api: ReturnType<typeof mockApi>) =>
  api.calls.filter((call) => call.method === 'PUT').map((call) => call.body as SaveReportRequest);

describe('the report editor', () => {
  it('adds, moves and removes measures, and saves the whole content with the version it was based on', async () => {
    const user = userEvent.setup();
    const api = stubApi({});
    renderApp(`/reports/${REPORT_ID}/edit`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Edit the report' })).toBeInTheDocument();
    const measures = () => screen.getAllByRole('region', { name: /^Measure \d/ });
    expect(measures()).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Add a measure' }));
    expect(measures()).toHaveLength(2);
    const second = measures()[1]!;
    // Focus goes to the new measure's first field.
    expect(within(second).getByRole('combobox', { name: 'Kind' })).toHaveFocus();
    await user.selectOptions(within(second).getByRole('combobox', { name: 'Kind' }), 'POLITICAL');
    await user.selectOptions(within(second).getByRole('combobox', { name: 'Status' }), 'PLANNED');
    await user.type(within(second).getByRole('textbox', { name: 'Title' }), 'National strategy');
    await user.click(within(second).getByRole('checkbox', { name: 'Children in alternative care' }));
    await user.click(within(second).getByText(/UNCRC articles/, { selector: 'summary' }));
    await user.click(
      within(second).getByRole('checkbox', { name: 'Article 19: Protection from all forms of violence' }),
    );

    // Moved up: it is first now, and says so.
    const moveUp = screen.getByRole('button', { name: 'Move up measure 2' });
    await user.click(moveUp);
    expect(measures()[0]).toHaveAccessibleName('Measure 1: National strategy');
    expect(measures()[1]).toHaveAccessibleName('Measure 2: Child Welfare Act reform');
    await waitFor(() =>
      expect(screen.getByTestId('announcements')).toHaveTextContent(
        'Measure 2 moved up: it is now measure 1 of 2.',
      ),
    );
    expect(screen.getByRole('button', { name: 'Move up measure 1' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );

    // A gap, then removed again: focus lands on the "Add a gap" button.
    await user.click(screen.getByRole('button', { name: 'Add a gap' }));
    expect(screen.getAllByRole('region', { name: /^Gap \d/ })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Remove gap 1' }));
    expect(screen.queryAllByRole('region', { name: /^Gap \d/ })).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Add a gap' })).toHaveFocus();

    expect(screen.getByText('Unsaved changes (based on version 2).')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Saved (version 3).')).toBeInTheDocument();
    const [sent] = puts(api);
    expect(sent).toMatchObject({
      version: 2,
      title: 'Finland: national report, 2026 H2',
      summary: 'Our summary.',
      nextSteps: 'More to come.',
      gaps: [],
      measures: [
        {
          kind: 'POLITICAL',
          status: 'PLANNED',
          title: 'National strategy',
          focusAreas: ['ALTERNATIVE_CARE'],
          uncrcArticles: [19],
        },
        { kind: 'LEGISLATIVE', status: 'ADOPTED', title: 'Child Welfare Act reform', uncrcArticles: [3] },
      ],
    });
  });

  it('shows what is wrong beside the field, without sending, when a new measure lacks its kind and title', async () => {
    const user = userEvent.setup();
    const api = stubApi({});
    renderApp(`/reports/${REPORT_ID}/edit`);
    await user.click(await screen.findByRole('button', { name: 'Add a measure' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'Choose kind of measure 2' })).toBeInTheDocument();
    expect(
      within(summary).getByRole('link', { name: 'Title of measure 2 must be at least 3 characters' }),
    ).toBeInTheDocument();
    const second = screen.getAllByRole('region', { name: /^Measure \d/ })[1]!;
    expect(within(second).getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription(
      /Title of measure 2 must be at least 3 characters/,
    );
    expect(puts(api)).toHaveLength(0);
  });

  it('asks before leaving with unsaved changes', async () => {
    const user = userEvent.setup();
    stubApi({});
    const { router } = renderApp(`/reports/${REPORT_ID}/edit`);
    await user.type(await screen.findByRole('textbox', { name: /^Next steps/ }), ' And more.');

    await user.click(screen.getByRole('link', { name: 'Back to the report' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay and keep editing' }));
    expect(router.state.location.pathname).toBe(`/reports/${REPORT_ID}/edit`);
    expect(screen.getByRole('textbox', { name: /^Next steps/ })).toHaveValue('More to come. And more.');

    await user.click(screen.getByRole('link', { name: 'Back to the report' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', {
        name: 'Leave and lose the changes',
      }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe(`/reports/${REPORT_ID}`));
  });

  it('after a stale save, offers to merge section by section and saves against the newer version', async () => {
    const user = userEvent.setup();
    const theirs = makeReport({
      version: 3,
      updatedBy: OTHER_PERSON,
      nextSteps: { markdown: 'Their next steps.', html: '<p>Their next steps.</p>' },
      summary: { markdown: 'Their summary.', html: '<p>Their summary.</p>' },
    });
    let newer = false;
    const api = stubApi({
      latest: () => (newer ? theirs : makeReport()),
      save: (request) => {
        if (request.version === 2) {
          newer = true;
          const stale = problem(409, 'CONFLICT', 'Someone saved a newer version.');
          return { ...stale, body: { ...(stale.body as object), currentVersion: 3 } };
        }
        return json(makeReport({ ...theirs, version: 4, summary: { markdown: request.summary, html: '' } }));
      },
    });
    renderApp(`/reports/${REPORT_ID}/edit`);

    const summaryField = await screen.findByRole('textbox', { name: /^Summary/ });
    await user.clear(summaryField);
    await user.type(summaryField, 'My summary.');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const dialog = await screen.findByRole('dialog', {
      name: 'Someone saved a newer version (v3 by Mikko Virtanen)',
    });
    expect(
      within(dialog).getByText('The same in both: Title, Measures, Good practices, Gaps.'),
    ).toBeInTheDocument();
    const summaryChoice = within(dialog).getByRole('group', { name: 'Summary' });
    expect(within(summaryChoice).getByRole('radio', { name: 'Keep mine' })).toBeChecked();
    expect(summaryChoice).toHaveAccessibleDescription('You both changed this section.');
    const nextSteps = within(dialog).getByRole('group', { name: 'Next steps' });
    expect(within(nextSteps).getByRole('radio', { name: 'Keep theirs (version 3)' })).toBeChecked();

    await user.click(within(dialog).getByRole('button', { name: 'Save the merged report' }));

    expect(await screen.findByText('Saved (version 4).')).toBeInTheDocument();
    const [, merged] = puts(api);
    expect(merged).toMatchObject({ version: 3, summary: 'My summary.', nextSteps: 'Their next steps.' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('after a stale save, says so when the newer version cannot be loaded, and keeps the changes', async () => {
    const user = userEvent.setup();
    let newer = false;
    stubApi({
      save: () => {
        newer = true;
        const stale = problem(409, 'CONFLICT', 'Someone saved a newer version.');
        return { ...stale, body: { ...(stale.body as object), currentVersion: 3 } };
      },
    });
    const unavailable = problem(503, 'SERVICE_UNAVAILABLE', 'The portal is briefly unavailable.');
    const stubbed = globalThis.fetch;
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      newer && (init?.method ?? 'GET') === 'GET' && String(input).endsWith(`/v1/reports/${REPORT_ID}`)
        ? Promise.resolve(
            new Response(JSON.stringify(unavailable.body), {
              status: 503,
              headers: { 'content-type': 'application/problem+json' },
            }),
          )
        : stubbed(input, init)) as typeof fetch;
    renderApp(`/reports/${REPORT_ID}/edit`);

    const summaryField = await screen.findByRole('textbox', { name: /^Summary/ });
    await user.clear(summaryField);
    await user.type(summaryField, 'My summary.');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(
      await screen.findByText(/^Someone saved a newer version \(version 3\), and it could not be loaded/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(summaryField).toHaveValue('My summary.');
    expect(screen.getByText('Unsaved changes (based on version 2).')).toBeInTheDocument();
  });
});
