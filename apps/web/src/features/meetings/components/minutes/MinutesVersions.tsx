import { useEffect, useRef, useState } from 'react';
import { describeError } from '../../../../shared/api/client';
import { Button } from '../../../../shared/ui/form';
import { formatDateTime } from '../../../../shared/ui/format';
import { Notice } from '../../../../shared/ui/Notice';
import { useMinutesRevision, useMinutesRevisions } from '../../api/minutes';
import { RenderedMarkdown } from '../RenderedMarkdown';
import { MINUTES_STATUS } from './minutes-status';

/** Every version of the minutes the reader may see, and any one of them as it read then. */
export function MinutesVersions({ meetingId, current }: { meetingId: string; current: number }) {
  const [shown, setShown] = useState<number | null>(null);
  const revisions = useMinutesRevisions(meetingId, true);
  return (
    <div className="minutes-versions">
      <h3>Versions</h3>
      {revisions.isPending ? (
        <p role="status">Loading the versions…</p>
      ) : revisions.isError ? (
        <Notice tone="error">
          <p>{describeError(revisions.error)}</p>
        </Notice>
      ) : (
        <>
          <table className="table minutes-versions__table">
            <caption className="visually-hidden">Versions of the minutes, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Status</th>
                <th scope="col">Saved</th>
                <th scope="col">
                  <span className="visually-hidden">Show</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {revisions.data.map((revision) => (
                <tr key={revision.version}>
                  <th scope="row">
                    {revision.version}
                    {revision.version === current && ' (current)'}
                  </th>
                  <td>{MINUTES_STATUS[revision.status].label}</td>
                  <td>
                    {formatDateTime(revision.createdAt)}
                    {revision.createdBy && ` by ${revision.createdBy.name}`}
                  </td>
                  <td>
                    <Button
                      variant="link"
                      aria-expanded={shown === revision.version}
                      aria-controls="minutes-version-view"
                      onClick={() => setShown(shown === revision.version ? null : revision.version)}
                    >
                      {shown === revision.version ? 'Hide' : 'Show'}
                      <span className="visually-hidden"> version {revision.version}</span>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div id="minutes-version-view">
            {shown !== null && <VersionView meetingId={meetingId} version={shown} />}
          </div>
        </>
      )}
    </div>
  );
}

function VersionView({ meetingId, version }: { meetingId: string; version: number }) {
  const revision = useMinutesRevision(meetingId, version);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const loaded = revision.isSuccess;
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded, version]);
  if (revision.isPending) return <p role="status">Loading version {version}…</p>;
  if (revision.isError) {
    return (
      <Notice tone="error">
        <p>{describeError(revision.error)}</p>
      </Notice>
    );
  }
  const data = revision.data;
  return (
    <article className="minutes-version" aria-labelledby="minutes-version-heading">
      <h4 id="minutes-version-heading" ref={headingRef} tabIndex={-1}>
        Version {data.version}: {MINUTES_STATUS[data.status].label.toLowerCase()},{' '}
        {formatDateTime(data.createdAt)}
      </h4>
      {data.entries.length === 0 ? (
        <p>This version was empty.</p>
      ) : (
        data.entries.map((entry) => (
          <div key={entry.agendaItemId ?? 'general'} className="minutes-version__part">
            <p className="minutes-version__title">
              <strong>
                {entry.agendaItemTitle ? `${entry.position ?? ''}. ${entry.agendaItemTitle}` : 'General'}
              </strong>
            </p>
            <RenderedMarkdown text={entry.body} headingLevel={5} />
          </div>
        ))
      )}
    </article>
  );
}
