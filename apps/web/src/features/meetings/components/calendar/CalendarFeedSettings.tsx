import type { CalendarFeedToken } from '@egcc/contracts';
import { useEffect, useRef, useState } from 'react';
import { describeError } from '../../../../shared/api/client';
import { useMemberTimeZone } from '../../../../shared/session/session';
import { Badge } from '../../../../shared/ui/Badge';
import { ConfirmDialog } from '../../../../shared/ui/ConfirmDialog';
import { CopyButton } from '../../../../shared/ui/CopyButton';
import { Button, TextField } from '../../../../shared/ui/form';
import { formatDateTime, formatRelative } from '../../../../shared/ui/format';
import { Notice } from '../../../../shared/ui/Notice';
import { useCalendarFeed, useIssueCalendarFeed, useTurnOffCalendarFeed } from '../../api/calendar-feed';

type Confirming = 'regenerate' | 'turn-off' | null;

/**
 * The member's personal calendar feed: a secret URL that calendar applications subscribe to,
 * so every meeting (and every change to one) appears in their own calendar. The URL is shown
 * once, when it is made; making a new one or turning the feed off stops the old URL at once.
 */
export function CalendarFeedSettings() {
  const { data: feed } = useCalendarFeed();
  const timeZone = useMemberTimeZone();
  const issue = useIssueCalendarFeed();
  const turnOff = useTurnOffCalendarFeed();
  const [issued, setIssued] = useState<CalendarFeedToken | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [turnedOff, setTurnedOff] = useState(false);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const statusRef = useRef<HTMLHeadingElement>(null);

  // Focus moves to what changed, once the dialog that asked has closed.
  useEffect(() => {
    if (issued) resultRef.current?.focus();
  }, [issued]);
  useEffect(() => {
    if (turnedOff) statusRef.current?.focus();
  }, [turnedOff]);

  const create = () => {
    issue.mutate(undefined, {
      onSuccess: (token) => {
        setIssued(token);
        setTurnedOff(false);
        setConfirming(null);
      },
    });
  };

  const off = () => {
    turnOff.mutate(undefined, {
      onSuccess: () => {
        setIssued(null);
        setTurnedOff(true);
        setConfirming(null);
      },
    });
  };

  return (
    <section className="section calendar-feed" aria-labelledby="calendar-feed-heading">
      <h2 id="calendar-feed-heading" ref={statusRef} tabIndex={-1}>
        Subscribe to the group’s meetings
      </h2>
      <p>
        Subscribe to the group’s meetings in your own calendar (Outlook, Google Calendar, Apple Calendar and
        others). Every meeting appears at the right time in your zone, and your calendar updates itself when a
        meeting moves or is cancelled.
      </p>
      <p>
        Status: {feed.active ? <Badge tone="success">On</Badge> : <Badge tone="neutral">Off</Badge>}
        {feed.active && feed.issuedAt && <> Feed URL made {formatDateTime(feed.issuedAt, timeZone)}.</>}
        {feed.active &&
          (feed.lastUsedAt ? (
            <> A calendar last fetched it {formatRelative(feed.lastUsedAt)}.</>
          ) : (
            <> No calendar has fetched it yet.</>
          ))}
      </p>

      <div aria-live="polite">
        {turnedOff && !feed.active && (
          <Notice tone="success">
            <p>Your calendar feed is off. Calendars subscribed to it no longer receive meetings.</p>
          </Notice>
        )}
      </div>

      {issued && (
        <Notice tone="success" className="calendar-feed__result">
          <h3 ref={resultRef} tabIndex={-1}>
            Your new feed URL
          </h3>
          <p>
            Copy it now: for your security it is shown only this once. Keep it to yourself, as anyone with the
            URL sees the group’s meetings.
          </p>
          <TextField
            id="calendar-feed-url"
            name="calendar-feed-url"
            label="Feed URL"
            value={issued.url}
            error={undefined}
            onChange={() => undefined}
            readOnly
            spellCheck={false}
          />
          <p className="button-group">
            <CopyButton text={issued.url} label="Copy the feed URL" what="Feed URL" />
            <a className="button button--secondary" href={issued.webcalUrl}>
              Open in your calendar app
            </a>
          </p>
          <details className="details">
            <summary>How to subscribe</summary>
            <ul>
              <li>Outlook: Add calendar, then Subscribe from web, and paste the URL.</li>
              <li>Google Calendar: Other calendars, then From URL, and paste the URL.</li>
              <li>Apple Calendar: File, then New Calendar Subscription, and paste the URL.</li>
            </ul>
          </details>
        </Notice>
      )}

      {issue.isError && confirming !== 'regenerate' && (
        <Notice tone="error" live>
          <p>{describeError(issue.error)}</p>
        </Notice>
      )}

      <div className="button-group">
        {feed.active ? (
          <>
            <Button variant="secondary" onClick={() => setConfirming('regenerate')}>
              Regenerate feed URL
            </Button>
            <Button variant="warning" onClick={() => setConfirming('turn-off')}>
              Turn off feed
            </Button>
          </>
        ) : (
          <Button pending={issue.isPending} pendingLabel="Creating…" onClick={create}>
            Create feed URL
          </Button>
        )}
      </div>

      <ConfirmDialog
        open={confirming === 'regenerate'}
        title="Make a new feed URL?"
        confirmLabel="Regenerate feed URL"
        pendingLabel="Making a new URL…"
        pending={issue.isPending}
        error={confirming === 'regenerate' && issue.isError ? describeError(issue.error) : null}
        onConfirm={create}
        onCancel={() => setConfirming(null)}
      >
        <p>
          The current URL stops working at once: calendars subscribed to it stop updating until you subscribe
          them to the new one. Do this if the URL may have reached someone else.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'turn-off'}
        title="Turn off your calendar feed?"
        confirmLabel="Turn off feed"
        pendingLabel="Turning off…"
        pending={turnOff.isPending}
        error={turnOff.isError ? describeError(turnOff.error) : null}
        onConfirm={off}
        onCancel={() => setConfirming(null)}
      >
        <p>Its URL stops working at once, and subscribed calendars no longer receive meetings.</p>
      </ConfirmDialog>
    </section>
  );
}
