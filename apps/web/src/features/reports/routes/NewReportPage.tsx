import { CreateReportRequest } from '@egcc/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { idempotencyKeys } from '../../../shared/api/idempotency';
import type { LoaderFactory } from '../../../shared/api/loader';
import { useAbility } from '../../../shared/session/ability';
import { sessionQuery, useSession } from '../../../shared/session/session';
import { ErrorSummary, RadioGroup, SubmitButton, TextField, useForm } from '../../../shared/ui/form';
import { formatDate } from '../../../shared/ui/format';
import { type FlashState, Notice } from '../../../shared/ui/Notice';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useCreateReport } from '../api/create-report';
import { periodsQuery, usePeriods } from '../api/get-periods';
import { delegationReportsQuery } from '../api/get-reports';
import { upcomingMeetingsQuery, useUpcomingMeetings } from '../api/get-upcoming-meetings';

export const newReportLoader: LoaderFactory = (queryClient) => async () => {
  const session = await queryClient.ensureQueryData(sessionQuery());
  const delegation = session?.member.delegation?.code;
  await Promise.all([
    queryClient.ensureQueryData(periodsQuery()),
    // Meetings are offered too, but a report for a period does not wait for them.
    queryClient.prefetchQuery(upcomingMeetingsQuery()),
    delegation ? queryClient.ensureQueryData(delegationReportsQuery(delegation)) : null,
  ]);
  return null;
};

/** Starts the own delegation's report for a reporting period or an upcoming meeting; the editor opens next. */
export function NewReportPage() {
  usePageTitle('New report');
  const ability = useAbility();
  const delegation = useSession().data?.member.delegation ?? null;
  return (
    <article className="page">
      <p className="breadcrumbs">
        <Link to="/reports">National reports</Link>
      </p>
      <h1>New report</h1>
      {ability.can('create', 'Report') && delegation ? (
        <NewReportForm delegationCode={delegation.code} delegationName={delegation.name} />
      ) : (
        <Notice tone="info">
          <p>
            Delegates write their own delegation’s reports. Observers and the secretariat read them once they
            are published; the secretariat also reviews submitted reports.
          </p>
        </Notice>
      )}
    </article>
  );
}

function NewReportForm({
  delegationCode,
  delegationName,
}: {
  delegationCode: string;
  delegationName: string;
}) {
  const { data: periods } = usePeriods();
  const existing = useQuery(delegationReportsQuery(delegationCode)).data?.items ?? [];
  const taken = new Set(existing.map((report) => report.period?.id).filter(Boolean));
  const takenMeetings = new Set(existing.map((report) => report.meeting?.id).filter(Boolean));
  const open = periods.filter((period) => !taken.has(period.id));
  const meetings = (useUpcomingMeetings().data?.items ?? []).filter(
    (meeting) => !meeting.cancelledAt && !takenMeetings.has(meeting.id),
  );
  const create = useCreateReport();
  const navigate = useNavigate();
  const [keys] = useState(idempotencyKeys);
  const form = useForm({
    id: 'new-report',
    initialValues: { periodId: '', title: '' },
    fields: {
      periodId: {
        label: meetings.length ? 'Reporting period or meeting' : 'Reporting period',
        required: meetings.length ? 'Choose a reporting period or a meeting' : 'Choose a reporting period',
      },
      title: { label: 'Title' },
    },
    // A meeting's option is "meeting:<id>"; a period's is its id.
    toRequest: (values) => ({
      periodId: values.periodId && !values.periodId.startsWith('meeting:') ? values.periodId : undefined,
      meetingId: values.periodId.startsWith('meeting:')
        ? values.periodId.slice('meeting:'.length)
        : undefined,
      title: values.title.trim() || undefined,
    }),
    schema: CreateReportRequest,
    onSubmit: async (request) => {
      const report = await create.mutateAsync({ body: request, idempotencyKey: keys.keyFor(request) });
      keys.done();
      const state: FlashState = {
        flash: 'Your report is started as a draft. Write it here and save as you go.',
      };
      await navigate(`/reports/${report.id}/edit`, { state });
    },
  });

  if (open.length === 0 && meetings.length === 0) {
    return (
      <Notice tone="info">
        <p>
          {delegationName} has a report for every reporting period open now. Find them under{' '}
          <Link to={`/reports?delegation=${encodeURIComponent(delegationCode)}`}>
            your delegation’s reports
          </Link>
          ; the secretariat adds new periods.
        </p>
      </Notice>
    );
  }

  return (
    <>
      <p className="lead">
        {delegationName}’s report for one reporting period{meetings.length ? ' or an upcoming meeting' : ''}.
        It stays a draft, seen only by your delegation and the secretariat, until you submit it.
      </p>
      <ErrorSummary {...form.summary} />
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <RadioGroup
          {...form.field('periodId')}
          hint={
            meetings.length
              ? 'Periods and upcoming meetings your delegation has not reported on yet.'
              : 'Periods your delegation has not reported on yet.'
          }
          options={[
            ...open.map((period) => ({
              value: period.id,
              label: period.label,
              hint: `${formatDate(period.startsOn)} to ${formatDate(period.endsOn)}${
                period.dueOn ? `; due ${formatDate(period.dueOn)}` : ''
              }`,
            })),
            ...meetings.map((meeting) => ({
              value: `meeting:${meeting.id}`,
              label: `Meeting: ${meeting.title}`,
              // The day as the meeting's host has it.
              hint: new Intl.DateTimeFormat('en-GB', {
                timeZone: meeting.timeZone,
                day: 'numeric',
                month: 'long',
                year: 'numeric',
              }).format(new Date(meeting.startsAt)),
            })),
          ]}
        />
        <TextField
          {...form.field('title')}
          optional
          hint={`At least 5 characters. Left empty: “${delegationName}: national report, <period>”.`}
        />
        <SubmitButton pending={form.pending} pendingLabel="Starting the report…">
          Start the report
        </SubmitButton>
      </form>
    </>
  );
}
