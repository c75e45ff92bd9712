import type { ReportContent, ReportRevisionSummary } from '@egcc/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { describeError } from '../../../shared/api/client';
import { referenceLabels, referenceQuery, useReference } from '../../../shared/api/get-reference';
import type { LoaderFactory } from '../../../shared/api/loader';
import { Button, SelectField } from '../../../shared/ui/form';
import { formatDateTime } from '../../../shared/ui/format';
import { MarkdownPreview } from '../../../shared/ui/markdown/markdown-preview';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useMemberTimeZone } from '../../../shared/session/session';
import { useDiff } from '../api/get-diff';
import { reportQuery, useReport } from '../api/get-report';
import { useRevision } from '../api/get-revision';
import { revisionsQuery, useRevisions } from '../api/get-revisions';
import { DiffView } from '../components/DiffView';
import { MEASURE_STATUS_LABELS, REPORT_STATUS, REVISION_EVENTS } from '../components/labels';
import { PersonName } from '../components/PersonName';
import '../components/reports.css';

export const reportHistoryLoader: LoaderFactory =
  (queryClient) =>
  async ({ params }) => {
    const id = params['id'] ?? '';
    await Promise.all([
      queryClient.ensureQueryData(reportQuery(id)),
      queryClient.fetchQuery({ ...revisionsQuery(id), staleTime: 0 }),
      queryClient.ensureQueryData(referenceQuery()),
    ]);
    return null;
  };

const versionIn = (params: URLSearchParams, name: string, versions: number[]): number | null => {
  const value = Number(params.get(name));
  return versions.includes(value) ? value : null;
};

/**
 * Every saved version of a report (who, when, what happened), a readable diff between any
 * two, and any one version's content. The choices live in the address, to share a diff.
 */
export function ReportHistoryPage() {
  const id = useParams()['id'] ?? '';
  const { data: report } = useReport(id);
  const { data: revisions } = useRevisions(id);
  usePageTitle(`History: ${report.title}`);
  const [params, setParams] = useSearchParams();
  const versions = revisions.map((revision) => revision.version).sort((a, b) => a - b);
  const latest = versions.at(-1) ?? null;
  const previous = versions.at(-2) ?? null;
  const from = versionIn(params, 'from', versions) ?? previous;
  const to = versionIn(params, 'to', versions) ?? latest;
  const viewed = versionIn(params, 'view', versions);
  const range = from !== null && to !== null && from !== to ? { from, to } : null;
  const timeZone = useMemberTimeZone();

  return (
    <article className="page report-history">
      <p className="breadcrumbs">
        <Link to="/reports">National reports</Link> <Link to={`/reports/${report.id}`}>{report.title}</Link>
      </p>
      <h1>History of the report</h1>
      <p className="lead">{report.title}: every saved version, and what changed between any two of them.</p>
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">Versions</h2>
        <div className="table-wrapper">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">What happened</th>
                <th scope="col">By</th>
                <th scope="col">When</th>
                <th scope="col">Status after</th>
                <th scope="col">
                  <span className="visually-hidden">Content</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {[...revisions]
                .sort((a, b) => b.version - a.version)
                .map((revision) => (
                  <RevisionRow
                    key={revision.version}
                    revision={revision}
                    when={formatDateTime(revision.createdAt, timeZone)}
                    viewing={viewed === revision.version}
                    viewHref={`?${new URLSearchParams({
                      ...(from !== null ? { from: String(from) } : {}),
                      ...(to !== null ? { to: String(to) } : {}),
                      view: String(revision.version),
                    }).toString()}#revision-content`}
                  />
                ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="compare-heading">
        <h2 id="compare-heading">Compare two versions</h2>
        {versions.length < 2 ? (
          <p>There is only one version so far: save the report again to compare.</p>
        ) : (
          <>
            <CompareForm
              key={`${from}-${to}`}
              versions={versions}
              from={from}
              to={to}
              onCompare={(next) =>
                setParams(new URLSearchParams({ from: String(next.from), to: String(next.to) }))
              }
            />
            {range ? (
              <Comparison reportId={id} range={range} />
            ) : (
              <p role="status">Choose two different versions to see what changed.</p>
            )}
          </>
        )}
      </section>
      {viewed !== null && <RevisionContent reportId={id} version={viewed} />}
    </article>
  );
}

function RevisionRow({
  revision,
  when,
  viewing,
  viewHref,
}: {
  revision: ReportRevisionSummary;
  when: string;
  viewing: boolean;
  viewHref: string;
}) {
  return (
    <tr aria-current={viewing || undefined}>
      <th scope="row">{revision.version}</th>
      <td>{REVISION_EVENTS[revision.event]}</td>
      <td>
        <PersonName person={revision.createdBy} />
      </td>
      <td>
        <time dateTime={revision.createdAt}>{when}</time>
      </td>
      <td>{REPORT_STATUS[revision.status].label}</td>
      <td>
        <Link to={viewHref}>
          {viewing ? 'Shown below' : 'View'}
          <span className="visually-hidden"> version {revision.version}</span>
        </Link>
      </td>
    </tr>
  );
}

function CompareForm({
  versions,
  from,
  to,
  onCompare,
}: {
  versions: number[];
  from: number | null;
  to: number | null;
  onCompare: (range: { from: number; to: number }) => void;
}) {
  const [draft, setDraft] = useState({ from: String(from ?? ''), to: String(to ?? '') });
  const options = versions.map((version) => ({ value: String(version), label: `Version ${version}` }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = { from: Number(draft.from), to: Number(draft.to) };
    if (next.from && next.to) onCompare(next);
  };
  return (
    <form className="filters" onSubmit={submit} aria-label="Versions to compare">
      <SelectField
        id="compare-from"
        name="from"
        label="From"
        value={draft.from}
        error={undefined}
        onChange={(value) => setDraft((current) => ({ ...current, from: value }))}
        options={options}
      />
      <SelectField
        id="compare-to"
        name="to"
        label="To"
        value={draft.to}
        error={undefined}
        onChange={(value) => setDraft((current) => ({ ...current, to: value }))}
        options={options}
      />
      <div className="filters__actions">
        <Button type="submit" variant="secondary">
          Compare
        </Button>
      </div>
    </form>
  );
}

function Comparison({ reportId, range }: { reportId: string; range: { from: number; to: number } }) {
  const diff = useDiff(reportId, range);
  return (
    <div aria-live="polite" aria-busy={diff.isPending || undefined}>
      <h3 className="report-diff__title">
        Changes from version {range.from} to version {range.to}
      </h3>
      {diff.isPending && <p>Comparing…</p>}
      {diff.isError && <p role="alert">{describeError(diff.error)}</p>}
      {diff.data && <DiffView diff={diff.data} headingLevel={4} />}
    </div>
  );
}

function RevisionContent({ reportId, version }: { reportId: string; version: number }) {
  const revision = useRevision(reportId, version);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Chosen from the table: focus follows to what was chosen.
  useEffect(() => {
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView?.({ block: 'start' });
  }, [version]);
  return (
    <section aria-labelledby="revision-content-heading" id="revision-content" className="revision-content">
      <h2 id="revision-content-heading" tabIndex={-1} ref={headingRef}>
        Version {version}
      </h2>
      {revision.isPending && <p role="status">Loading version {version}…</p>}
      {revision.isError && <p role="alert">{describeError(revision.error)}</p>}
      {revision.data && <ContentView content={revision.data.content} />}
    </section>
  );
}

/** A version's content as written (Markdown shown formatted, never as HTML). */
function ContentView({ content }: { content: ReportContent }) {
  const { data: reference } = useReference();
  const labels = referenceLabels(reference);
  const kind = (code: string) => reference.measureKinds.find((item) => item.code === code)?.name ?? code;
  const markdown = (source: string, empty: string) =>
    source.trim() ? <MarkdownPreview source={source} /> : <p className="report-section__empty">{empty}</p>;
  return (
    <div className="revision-content__body">
      <h3>Title</h3>
      <p>{content.title}</p>
      <h3>Summary</h3>
      {markdown(content.summary, 'No summary.')}
      <h3>Measures</h3>
      {content.measures.length === 0 ? (
        <p className="report-section__empty">No measures.</p>
      ) : (
        <ol>
          {content.measures.map((measure, index) => (
            <li key={index}>
              <p>
                <strong>{measure.title}</strong> ({kind(measure.kind)},{' '}
                {MEASURE_STATUS_LABELS[measure.status]})
                {measure.focusAreas.length > 0 && (
                  <> · {measure.focusAreas.map(labels.focusArea).join('; ')}</>
                )}
                {measure.uncrcArticles.length > 0 && (
                  <> · UNCRC articles {measure.uncrcArticles.join(', ')}</>
                )}
              </p>
              {markdown(measure.description, 'No description.')}
            </li>
          ))}
        </ol>
      )}
      <h3>Good practices</h3>
      {markdown(content.goodPractices, 'No good practices.')}
      <h3>Gaps</h3>
      {content.gaps.length === 0 ? (
        <p className="report-section__empty">No gaps.</p>
      ) : (
        <ol>
          {content.gaps.map((gap, index) => (
            <li key={index}>
              <p>
                <strong>{labels.gapKind(gap.kind)}</strong>
                {gap.focusArea && <> · {labels.focusArea(gap.focusArea)}</>}
              </p>
              {markdown(gap.description, 'No description.')}
            </li>
          ))}
        </ol>
      )}
      <h3>Next steps</h3>
      {markdown(content.nextSteps, 'No next steps.')}
    </div>
  );
}
