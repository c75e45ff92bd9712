import type { RegionalOverview } from '@egcc/contracts';
import { Link } from 'react-router';
import './overview-comparison.css';

/** In the tab order: the region scrolls, and arrow keys scroll it once it has focus. */
const SCROLLS_WITH_KEYBOARD = 0;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 measures, 1 gap": what a report says about one focus area, or in all. */
export const countsText = (measures: number, gaps: number) =>
  `${count(measures, 'measure', 'measures')}, ${count(gaps, 'gap', 'gaps')}`;

/**
 * Where a report's measures on one focus area start, or its gaps when it names no measures there
 * (the report page gives them these ids).
 */
export const reportSectionPath = (reportId: string, focusArea: string, measures = 1) =>
  `/reports/${encodeURIComponent(reportId)}#${measures > 0 ? 'measures' : 'gaps'}-${focusArea}`;

/**
 * The matrix of delegations (rows) by focus areas (columns): each cell counts the measures and
 * gaps a delegation's published report names for the area and leads to that part of the report.
 * Wider than a phone: it scrolls sideways in a region that takes focus, so the keyboard can
 * scroll it too.
 */
export function OverviewTable({ overview }: { overview: RegionalOverview }) {
  const { period, focusAreas, rows } = overview;
  const covering = focusAreas.map(
    (_area, index) =>
      rows.filter((row) => (row.cells[index]?.measures ?? 0) + (row.cells[index]?.gaps ?? 0) > 0).length,
  );
  return (
    <div
      className="table-wrapper overview-table"
      role="region"
      // A scrolling region must be focusable, or keyboard users cannot scroll it (WCAG 2.1.1).
      tabIndex={SCROLLS_WITH_KEYBOARD}
      aria-label={`Regional overview, ${period.label} (scrolls sideways)`}
    >
      <table className="table">
        <caption className="overview-table__caption">
          Published national reports for {period.label}: measures and gaps by focus area
        </caption>
        <thead>
          <tr>
            <th scope="col">Delegation</th>
            {focusAreas.map((area) => (
              <th scope="col" key={area.code}>
                {area.name}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.delegation.id}>
              <th scope="row">
                <Link to={`/reports/${encodeURIComponent(row.report.id)}`}>{row.delegation.name}</Link>
              </th>
              {focusAreas.map((area, index) => {
                // Cells come in the order of the focus areas; find by code in case one is missing.
                const cell =
                  row.cells[index]?.focusArea === area.code
                    ? row.cells[index]
                    : row.cells.find((candidate) => candidate.focusArea === area.code);
                const measures = cell?.measures ?? 0;
                const gaps = cell?.gaps ?? 0;
                return (
                  <td key={area.code} className="overview-table__cell">
                    {measures + gaps > 0 ? (
                      <Link
                        to={reportSectionPath(row.report.id, area.code, measures)}
                        // Heard out of the table too (a links list): whose report, which area.
                        aria-label={`${countsText(measures, gaps)}: ${row.delegation.name}, ${area.name}`}
                      >
                        {countsText(measures, gaps)}
                      </Link>
                    ) : (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">Not covered</span>
                      </>
                    )}
                  </td>
                );
              })}
              <td className="overview-table__total">{countsText(row.totals.measures, row.totals.gaps)}</td>
            </tr>
          ))}
        </tbody>
        {rows.length > 1 && (
          <tfoot>
            <tr>
              <th scope="row">Reports covering it</th>
              {covering.map((reports, index) => (
                <td key={focusAreas[index]?.code ?? index}>{`${reports} of ${rows.length}`}</td>
              ))}
              <td />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

/** The active delegations with no published report for the period. */
export function OverviewNotReported({ overview }: { overview: RegionalOverview }) {
  return (
    <section aria-labelledby="not-reported-heading" className="section">
      <h2 id="not-reported-heading">Not reported</h2>
      {overview.notReported.length === 0 ? (
        <p>Every delegation has published its report for {overview.period.label}.</p>
      ) : (
        <>
          <p>No published report for {overview.period.label} yet from:</p>
          <ul className="plain-list" aria-labelledby="not-reported-heading">
            {overview.notReported.map((delegation) => (
              <li key={delegation.id}>{delegation.name}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
