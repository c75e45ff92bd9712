import type { SessionSummary } from '@egcc/contracts';
import { useState } from 'react';
import { describeError } from '../../../shared/api/client';
import type { LoaderFactory } from '../../../shared/api/loader';
import { useMemberTimeZone } from '../../../shared/session/session';
import { useSignOut } from '../../../shared/session/sign-out';
import { Badge } from '../../../shared/ui/Badge';
import { Button } from '../../../shared/ui/form';
import { formatDateTime, formatRelative } from '../../../shared/ui/format';
import { Notice } from '../../../shared/ui/Notice';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useEndSession } from '../api/end-session';
import { mySessionsQuery, useMySessions } from '../api/get-my-sessions';
import { ProfileNav } from '../components/ProfileNav';

export const sessionsLoader: LoaderFactory = (queryClient) => async () => {
  await queryClient.ensureQueryData(mySessionsQuery());
  return null;
};

/** Where the member is signed in; any other sign-in can be ended from here. */
export function SessionsPage() {
  usePageTitle('Sessions');
  const { data: sessions } = useMySessions();
  const timeZone = useMemberTimeZone();
  const endSession = useEndSession();
  const signOut = useSignOut();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [ending, setEnding] = useState<string | null>(null);

  const end = (session: SessionSummary) => {
    setEnding(session.id);
    setMessage(null);
    endSession.mutate(session.id, {
      onSuccess: () => setMessage({ tone: 'success', text: `The session on ${session.device} has ended.` }),
      onError: (error) => setMessage({ tone: 'error', text: describeError(error) }),
      onSettled: () => setEnding(null),
    });
  };

  const ordered = [...sessions].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt),
  );

  return (
    <article className="page">
      <h1>Sessions</h1>
      <ProfileNav />
      <p className="lead">
        The browsers and devices where you are signed in. If you do not recognise one, end it and change your
        password.
      </p>
      <div aria-live="polite">
        {message && (
          <Notice tone={message.tone}>
            <p>{message.text}</p>
          </Notice>
        )}
      </div>
      <div className="table-wrapper">
        <table className="table">
          <caption className="visually-hidden">Your sessions, this device first</caption>
          <thead>
            <tr>
              <th scope="col">Device</th>
              <th scope="col">Address</th>
              <th scope="col">Signed in</th>
              <th scope="col">Last active</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((session) => (
              <tr key={session.id}>
                <th scope="row">
                  {session.device}
                  {session.current && (
                    <>
                      {' '}
                      <Badge tone="info">This device</Badge>
                    </>
                  )}
                </th>
                <td>{session.ipAddress ?? 'Unknown'}</td>
                <td>{formatDateTime(session.createdAt, timeZone)}</td>
                <td>
                  <span title={formatDateTime(session.lastSeenAt, timeZone)}>
                    {formatRelative(session.lastSeenAt)}
                  </span>
                </td>
                <td>
                  {session.current ? (
                    <Button variant="secondary" pending={signOut.isPending} onClick={() => signOut.mutate()}>
                      Sign out<span className="visually-hidden"> on this device</span>
                    </Button>
                  ) : (
                    <Button
                      variant="warning"
                      pending={ending === session.id}
                      pendingLabel="Ending…"
                      onClick={() => end(session)}
                    >
                      End session
                      <span className="visually-hidden">
                        {' '}
                        on {session.device}, signed in {formatDateTime(session.createdAt, timeZone)}
                      </span>
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
