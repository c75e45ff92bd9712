import type { ReportingPeriod } from '@egcc/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, redirect, useNavigate, useSearchParams } from 'react-router';
import type { LoaderFactory } from '../../../shared/api/loader';
import { Button, SelectField } from '../../../shared/ui/form';
import { todayIso } from '../../../shared/ui/format';
import { Notice } from '../../../shared/ui/Notice';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { overviewQuery, useOverview } from '../api/get-overview';
import { periodsQuery, usePeriods } from '../api/get-periods';
import { ComparisonForm } from '../components/comparison-form';
import { OverviewNotReported, OverviewTable } from '../components/overview-table';

const OVERVIEW_PATH = '/reports/overview';
export const overviewPath = (period: string) => `${OVERVIEW_PATH}?period=${encodeURIComponent(period)}`;

const newestFirst = (periods: readonly ReportingPeriod[]) =>
  [...periods].sort((a, b) => b.startsOn.localeCompare(a.startsOn) || b.code.localeCompare(a.code));

/** How many started periods to try, newest first, for one with published reports. */
const PERIODS_TO_TRY = 4;

/**
 * The period the overview opens with: the latest that has published reports (reports come in
 * after a period ends, so usually the one before the current), else the current one, else the newest.
 * The overviews fetched on the way stay cached for the picker.
 */
export async function defaultPeriod(
  queryClient: QueryClient,
  periods: readonly ReportingPeriod[],
  today = todayIso(),
): Promise<string | null> {
  const sorted = newestFirst(periods);
  const started = sorted.filter((period) => period.startsOn <= today);
  for (const period of started.slice(0, PERIODS_TO_TRY)) {
    const overview = await queryClient.ensureQueryData(overviewQuery(period.code));
    if (overview.rows.length > 0) return period.code;
  }
  const current = sorted.find((period) => period.startsOn <= today && today <= period.endsOn);
  return (current ?? started[0] ?? sorted[0])?.code ?? null;
}

export const overviewLoader: LoaderFactory =
  (queryClient) =>
  async ({ request }) => {
    const period = new URL(request.url).searchParams.get('period')?.trim();
    const periods = await queryClient.ensureQueryData(periodsQuery());
    if (!period) {
      const chosen = await defaultPeriod(queryClient, periods);
      if (chosen) throw redirect(overviewPath(chosen));
      return null;
    }
    await queryClient.ensureQueryData(overviewQuery(period));
    return null;
  };

/**
 * For one reporting period: which focus areas each delegation's published report covers, who
 * has not reported, the compilation to download, and a way to compare delegations.
 */
export function OverviewPage() {
  const [params] = useSearchParams();
  const period = params.get('period')?.trim() ?? '';
  const { data: periods } = usePeriods();
  if (!period || periods.length === 0) return <NoPeriods />;
  return <PeriodOverview period={period} periods={periods} />;
}

function NoPeriods() {
  usePageTitle('Regional overview');
  return (
    <article className="page">
      <OverviewHeader />
      <p>There are no reporting periods yet: the secretariat adds them.</p>
    </article>
  );
}

function OverviewHeader({ subtitle }: { subtitle?: string }) {
  return (
    <div className="page__header">
      <h1>
        Regional overview
        {subtitle && (
          <>
            {' '}
            <span className="page__subtitle">{subtitle}</span>
          </>
        )}
      </h1>
      <Link to="/reports">All national reports</Link>
    </div>
  );
}

function PeriodOverview({ period, periods }: { period: string; periods: readonly ReportingPeriod[] }) {
  const { data: overview } = useOverview(period);
  usePageTitle(`Regional overview, ${overview.period.label}`);
  const reported = overview.rows.map((row) => row.delegation);
  const code = overview.period.code;
  const compilation = (format: 'pdf' | 'docx') =>
    `/api/v1/reporting-periods/${encodeURIComponent(code)}/compilation?format=${format}`;
  return (
    <article className="page">
      <OverviewHeader subtitle={overview.period.label} />
      <PeriodPicker key={code} period={code} periods={periods} />
      <p className="lead">
        Which focus areas each delegation&apos;s published national report covers, with the number of measures
        and gaps it names. Choose a number to read that part of the report.
      </p>

      {overview.rows.length === 0 ? (
        <Notice>
          <p>No delegation has published its national report for {overview.period.label} yet.</p>
        </Notice>
      ) : (
        <OverviewTable overview={overview} />
      )}

      <OverviewNotReported overview={overview} />

      {overview.rows.length > 0 && (
        <section aria-labelledby="compilation-heading" className="section">
          <h2 id="compilation-heading">Compilation</h2>
          <p>
            Every published report for {overview.period.label} in one document, with a table of contents, for
            circulation before meetings.
          </p>
          <ul className="overview-downloads">
            <li>
              <a href={compilation('pdf')} download>
                Download the compilation as PDF
              </a>
            </li>
            <li>
              <a href={compilation('docx')} download>
                Download the compilation as DOCX (Word)
              </a>
            </li>
          </ul>
        </section>
      )}

      <section aria-labelledby="compare-heading" className="section">
        <h2 id="compare-heading">Compare delegations</h2>
        {reported.length >= 2 ? (
          <ComparisonForm id="compare" period={code} delegations={reported} />
        ) : (
          <p>Comparing needs published reports from two or more delegations.</p>
        )}
      </section>
    </article>
  );
}

/** A select and a button (a select that navigated on change would move a keyboard user on too soon). */
function PeriodPicker({ period, periods }: { period: string; periods: readonly ReportingPeriod[] }) {
  const navigate = useNavigate();
  const [choice, setChoice] = useState(period);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (choice && choice !== period) void navigate(overviewPath(choice));
  };
  return (
    <form className="filters overview-picker" aria-label="Choose the reporting period" onSubmit={submit}>
      <SelectField
        id="overview-period"
        name="period"
        label="Reporting period"
        value={choice}
        error={undefined}
        onChange={setChoice}
        options={newestFirst(periods).map((option) => ({ value: option.code, label: option.label }))}
      />
      <div className="filters__actions">
        <Button type="submit" variant="secondary">
          Show the period
        </Button>
      </div>
    </form>
  );
}
