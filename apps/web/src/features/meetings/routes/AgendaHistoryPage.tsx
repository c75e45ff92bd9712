import type { AgendaVersionDetail, MeetingDetail } from '@egcc/contracts';
import { type FormEvent, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { describeError } from '../../../shared/api/client';
import type { LoaderFactory } from '../../../shared/api/loader';
import { Button } from '../../../shared/ui/form';
import { formatDateTime } from '../../../shared/ui/format';
import { Notice } from '../../../shared/ui/Notice';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import {
  agendaVersionsQuery,
  useAgendaDiff,
  useAgendaVersion,
  useAgendaVersions,
} from '../api/agenda-versions';
import { meetingQuery, useMeeting } from '../api/get-meeting';
import { AgendaDiffView } from '../components/AgendaDiffView';
import { AGENDA_ITEM_KIND } from '../components/labels';
import { clockIn, formatMinutes, meetingTimes } from '../components/meeting-time';
import { useViewerZone } from '../components/use-viewer-zone';
import '../components/meetings.css';

export const agendaHistoryLoader: LoaderFactory =
  (queryClient) =>
  async ({ params }) => {
    const id = params['id'] ?? '';
    await Promise.all([
      queryClient.ensureQueryData(meetingQuery(id)),
      queryClient.ensureQueryData(agendaVersionsQuery(id)),
    ]);
    return null;
  };

const versionParam = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : null);

/** The published versions of a meeting's agenda, one version as published, and what changed between two. */
export function AgendaHistoryPage() {
  const id = useParams()['id'] ?? '';
  const { data: meeting } = useMeeting(id);
  const { data: answered } = useAgendaVersions(id);
  // Oldest first, whatever order the API lists them in.
  const versions = [...answered].sort((a, b) => a.number - b.number);
  usePageTitle(`Agenda versions: ${meeting.title}`);
  const [params, setParams] = useSearchParams();
  const latest = versions.at(-1)?.number ?? null;
  // With nothing chosen: the latest change when there are two versions or more, else version 1.
  const shown = versionParam(params.get('version')) ?? (versions.length === 1 ? latest : null);
  const from = versionParam(params.get('from')) ?? (latest && latest > 1 ? latest - 1 : null);
  const to = versionParam(params.get('to')) ?? latest;
  const [choice, setChoice] = useState({ from: String(from ?? ''), to: String(to ?? '') });
  const comparing = !params.has('version') && from !== null && to !== null && from !== to;
  const compare = (event: FormEvent) => {
    event.preventDefault();
    setParams({ from: choice.from, to: choice.to });
  };

  return (
    <article className="page">
      <p className="breadcrumbs">
        <Link to="/meetings">Meetings</Link> / <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
      </p>
      <h1>Agenda versions</h1>
      {versions.length === 0 ? (
        <p role="status" className="empty-state">
          The agenda has not been published yet.
        </p>
      ) : (
        <>
          <table className="table">
            <caption className="visually-hidden">Published versions of the agenda</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Published</th>
                <th scope="col">By</th>
                <th scope="col">Items</th>
              </tr>
            </thead>
            <tbody>
              {[...versions].reverse().map((version) => (
                <tr key={version.number}>
                  <th scope="row">
                    <Link
                      to={`?version=${version.number}`}
                      aria-current={shown === version.number ? 'page' : undefined}
                    >
                      Version {version.number}
                    </Link>
                  </th>
                  <td>{formatDateTime(version.publishedAt)}</td>
                  <td>{version.publishedBy?.name ?? '—'}</td>
                  <td>{version.itemCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {versions.length > 1 && (
            <form className="form compare-versions" onSubmit={compare} aria-labelledby="compare-heading">
              <h2 id="compare-heading">What changed</h2>
              <div className="compare-versions__fields">
                <VersionSelect
                  id="compare-from"
                  label="From version"
                  value={choice.from}
                  versions={versions.map((v) => v.number)}
                  onChange={(value) => setChoice((c) => ({ ...c, from: value }))}
                />
                <VersionSelect
                  id="compare-to"
                  label="To version"
                  value={choice.to}
                  versions={versions.map((v) => v.number)}
                  onChange={(value) => setChoice((c) => ({ ...c, to: value }))}
                />
              </div>
              <Button type="submit" variant="secondary">
                Show what changed
              </Button>
              {choice.from === choice.to && <p className="field__hint">Choose two different versions.</p>}
            </form>
          )}
          {comparing && (
            <DiffSection meetingId={meeting.id} timeZone={meeting.timeZone} from={from} to={to} />
          )}
          {shown !== null && <VersionSection meeting={meeting} number={shown} />}
        </>
      )}
    </article>
  );
}

function VersionSelect({
  id,
  label,
  value,
  versions,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  versions: number[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="select" value={value} onChange={(event) => onChange(event.target.value)}>
        {versions.map((number) => (
          <option key={number} value={number}>
            Version {number}
          </option>
        ))}
      </select>
    </div>
  );
}

function DiffSection({
  meetingId,
  timeZone,
  from,
  to,
}: {
  meetingId: string;
  timeZone: string;
  from: number;
  to: number;
}) {
  const diff = useAgendaDiff(meetingId, { from, to });
  return (
    <section className="meeting-section" aria-labelledby="diff-heading">
      <h2 id="diff-heading">
        Version {from} compared with version {to}
      </h2>
      {diff.isPending ? (
        <p role="status">Loading…</p>
      ) : diff.isError ? (
        <Notice tone="error">
          <p>{describeError(diff.error)}</p>
        </Notice>
      ) : (
        <AgendaDiffView diff={diff.data} timeZone={timeZone} />
      )}
    </section>
  );
}

function VersionSection({ meeting, number }: { meeting: MeetingDetail; number: number }) {
  const version = useAgendaVersion(meeting.id, number);
  return (
    <section className="meeting-section" aria-labelledby="version-heading">
      <h2 id="version-heading">Version {number} as published</h2>
      {version.isPending ? (
        <p role="status">Loading…</p>
      ) : version.isError ? (
        <Notice tone="error">
          <p>{describeError(version.error)}</p>
        </Notice>
      ) : (
        <VersionContent version={version.data} />
      )}
    </section>
  );
}

function VersionContent({ version }: { version: AgendaVersionDetail }) {
  const { meeting, items } = version.snapshot;
  const times = meetingTimes(meeting.startsAt, meeting.endsAt, meeting.timeZone, useViewerZone());
  const startsAt = items.reduce<number[]>(
    (starts, item, index) => [...starts, (starts[index] ?? 0) + item.durationMinutes * 60_000],
    [Date.parse(meeting.startsAt)],
  );
  return (
    <>
      <p>
        Published {formatDateTime(version.publishedAt)}
        {version.publishedBy && ` by ${version.publishedBy.name}`}. {meeting.title}: {times.meeting}
        {meeting.place && `, ${meeting.place}`}.
      </p>
      <ol className="agenda-list" aria-label={`Items of version ${version.number}`}>
        {items.map((item, index) => {
          const at = new Date(startsAt[index] ?? 0).toISOString();
          return (
            <li key={item.id} className="agenda-item">
              <div className="agenda-item__body">
                <p className="agenda-item__time">
                  {clockIn(at, meeting.timeZone)} ({formatMinutes(item.durationMinutes)})
                </p>
                <h3 className="agenda-item__title">{item.title}</h3>
                <p className="agenda-item__meta">
                  {AGENDA_ITEM_KIND[item.kind]}
                  {item.presenter && ` · Presented by ${item.presenter.name}`}
                </p>
                {item.description && <p className="agenda-item__description">{item.description}</p>}
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
