import { Link, redirect, useSearchParams } from 'react-router';
import { referenceQuery, useReference } from '../../../shared/api/get-reference';
import type { LoaderFactory } from '../../../shared/api/loader';
import { Notice } from '../../../shared/ui/Notice';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { comparisonQuery, useComparison } from '../api/get-comparison';
import { overviewQuery, useOverview } from '../api/get-overview';
import { ComparisonForm, MAX_COMPARED } from '../components/comparison-form';
import { comparisonLabels, ComparisonSections } from '../components/comparison-sections';

/** "dk,ee" from the address: lower case, no repeats, at most as many as the API compares. */
export function chosenDelegations(params: URLSearchParams): string[] {
  const codes = (params.get('delegations') ?? '')
    .split(',')
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(codes)].slice(0, MAX_COMPARED);
}

export const comparisonLoader: LoaderFactory =
  (queryClient) =>
  async ({ request }) => {
    const params = new URL(request.url).searchParams;
    const period = params.get('period')?.trim();
    if (!period) throw redirect('/reports/overview');
    const codes = chosenDelegations(params);
    await Promise.all([
      queryClient.ensureQueryData(overviewQuery(period)),
      queryClient.ensureQueryData(referenceQuery()),
      codes.length > 0 ? queryClient.ensureQueryData(comparisonQuery(period, codes)) : null,
    ]);
    return null;
  };

/** Chosen delegations' published reports for a period, side by side, section by section. */
export function ComparisonPage() {
  const [params] = useSearchParams();
  const period = params.get('period')?.trim() ?? '';
  const codes = chosenDelegations(params);
  const { data: overview } = useOverview(period);
  usePageTitle(`Compare national reports, ${overview.period.label}`);
  const reported = overview.rows.map((row) => row.delegation);
  const overviewPath = `/reports/overview?period=${encodeURIComponent(overview.period.code)}`;

  return (
    <article className="page">
      <div className="page__header">
        <h1>
          Compare national reports <span className="page__subtitle">{overview.period.label}</span>
        </h1>
        <Link to={overviewPath}>Back to the regional overview</Link>
      </div>

      <details className="section comparison-choice" open={codes.length === 0}>
        <summary>{codes.length === 0 ? 'Choose delegations to compare' : 'Change the delegations'}</summary>
        {reported.length >= 2 ? (
          <ComparisonForm
            key={codes.join(',')}
            id="comparison"
            period={overview.period.code}
            delegations={reported}
            chosen={codes}
            submitLabel="Compare"
          />
        ) : (
          <p>Comparing needs published reports from two or more delegations.</p>
        )}
      </details>

      {codes.length > 0 && <Comparison period={period} codes={codes} />}
    </article>
  );
}

function Comparison({ period, codes }: { period: string; codes: string[] }) {
  const { data: comparison } = useComparison(period, codes);
  const { data: reference } = useReference();
  const { missing, reports } = comparison;
  return (
    <>
      {missing.length > 0 && (
        <Notice tone="warning">
          <p>
            No published report for {comparison.period.label} from{' '}
            {missing.map((delegation) => delegation.name).join(', ')}.
          </p>
        </Notice>
      )}
      {reports.length === 0 ? (
        <p>There is nothing to compare: none of the chosen delegations has published its report.</p>
      ) : (
        <ComparisonSections comparison={comparison} labels={comparisonLabels(reference)} />
      )}
    </>
  );
}
