import type { Agenda } from '@egcc/contracts';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../../shared/api/client';
import { Button } from '../../../shared/ui/form';
import { Notice } from '../../../shared/ui/Notice';
import { usePublishAgenda } from '../api/agenda-versions';

/**
 * Publishing freezes the agenda as the next version and tells members. A published agenda that
 * has changed since is published again as version N+1; unchanged, there is nothing to publish.
 */
export function PublishAgenda({ meetingId, agenda }: { meetingId: string; agenda: Agenda }) {
  const publish = usePublishAgenda(meetingId);
  const [note, setNote] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const published = agenda.publishedVersion;
  const next = (published ?? 0) + 1;
  const canPublish = agenda.items.length > 0 && (published === null || agenda.changedSincePublished);
  const label = published === null ? 'Publish agenda' : `Publish changes as version ${next}`;

  return (
    <section className="agenda-publish" aria-labelledby="publish-agenda-heading">
      <h3 id="publish-agenda-heading">Publish</h3>
      {published === null ? (
        <p>
          The agenda is a draft that only the chair and the secretariat see. Publishing it as version 1 tells
          every member, in the portal and by e-mail with a calendar invitation.
        </p>
      ) : agenda.changedSincePublished ? (
        <p>
          The agenda has changed since version {published} was published. Publish the changes as version{' '}
          {next} so members see them and what changed.
        </p>
      ) : (
        <p>
          Version {published} is published and up to date. Changes you make are published as version {next}.
        </p>
      )}
      {canPublish && (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setResult(null);
            publish.mutate(note.trim(), {
              onSuccess: (version) => {
                setNote('');
                setResult(`Version ${version.number} of the agenda is published. Members are told.`);
                // The form goes away with the publication: focus moves to the result, not to the page's start.
                setTimeout(() => resultRef.current?.focus(), 0);
              },
            });
          }}
        >
          <div className="field">
            <label className="field__label" htmlFor="publish-note">
              Note to members <span className="field__optional">(optional)</span>
            </label>
            <div className="field__hint" id="publish-note-hint">
              Goes with the notification, e.g. what changed and why.
            </div>
            <textarea
              id="publish-note"
              className="textarea"
              rows={2}
              maxLength={2000}
              value={note}
              aria-describedby="publish-note-hint"
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          <Button type="submit" pending={publish.isPending} pendingLabel="Publishing…">
            {label}
          </Button>
        </form>
      )}
      <div role="status" ref={resultRef} tabIndex={-1} className="agenda-publish__result">
        {result && (
          <Notice tone="success">
            <p>
              {result} <Link to={`/meetings/${meetingId}/agenda/history`}>See the versions</Link>
            </p>
          </Notice>
        )}
      </div>
      {publish.isError && (
        <Notice tone="error" live>
          <p>The agenda was not published: {describeError(publish.error)}</p>
        </Notice>
      )}
    </section>
  );
}
