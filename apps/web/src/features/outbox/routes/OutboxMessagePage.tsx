import { Link, useParams } from 'react-router';
import { describeError } from '../../../shared/api/client';
import type { LoaderFactory } from '../../../shared/api/loader';
import { useAbility } from '../../../shared/session/ability';
import { useMemberTimeZone } from '../../../shared/session/session';
import { Badge } from '../../../shared/ui/Badge';
import { CopyButton } from '../../../shared/ui/CopyButton';
import { Button } from '../../../shared/ui/form';
import { formatDateTime } from '../../../shared/ui/format';
import { OUTBOX_STATUS } from '../../../shared/ui/labels';
import { Notice } from '../../../shared/ui/Notice';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { outboxMessageQuery, useOutboxMessage } from '../api/get-outbox-message';
import { useRetryOutboxMessage } from '../api/retry-outbox-message';

export const outboxMessageLoader: LoaderFactory =
  (queryClient) =>
  async ({ params }) => {
    await queryClient.ensureQueryData(outboxMessageQuery(params['id'] ?? ''));
    return null;
  };

const LINK = /https?:\/\/[^\s<>"]+/g;

/** One e-mail as written: its text, the links in it (to pass on by hand), and a retry if it failed. */
export function OutboxMessagePage() {
  const { id = '' } = useParams();
  const { data: message } = useOutboxMessage(id);
  const timeZone = useMemberTimeZone();
  const ability = useAbility();
  const retry = useRetryOutboxMessage();
  usePageTitle(message.subject);
  const status = OUTBOX_STATUS[message.status];
  const links = [...new Set(message.textBody.match(LINK) ?? [])];

  return (
    <article className="page">
      <p className="breadcrumbs">
        <Link to="/admin/outbox">Outbox</Link>
      </p>
      <h1>{message.subject}</h1>
      <dl className="summary-list">
        <div>
          <dt>To</dt>
          <dd>{message.toAddress}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <Badge tone={status.tone}>{status.label}</Badge>
            {message.sentAt && ` ${formatDateTime(message.sentAt, timeZone)}`}
            {message.status === 'PENDING' &&
              message.attempts > 0 &&
              ` · next attempt ${formatDateTime(message.nextAttemptAt, timeZone)}`}
          </dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>{message.template}</dd>
        </div>
        <div>
          <dt>Written</dt>
          <dd>{formatDateTime(message.createdAt, timeZone)}</dd>
        </div>
        <div>
          <dt>Attempts</dt>
          <dd>{message.attempts}</dd>
        </div>
      </dl>
      {message.lastError && (
        <Notice tone="error" title="The last attempt failed">
          <p>
            <code>{message.lastError}</code>
          </p>
        </Notice>
      )}
      {message.status === 'FAILED' && ability.can('retry', 'OutboxMessage') && (
        <div className="section">
          <div aria-live="polite">
            {retry.isSuccess && (
              <Notice tone="success">
                <p>The message will be sent again shortly.</p>
              </Notice>
            )}
            {retry.isError && (
              <Notice tone="error">
                <p>{describeError(retry.error)}</p>
              </Notice>
            )}
          </div>
          <Button pending={retry.isPending} pendingLabel="Queueing…" onClick={() => retry.mutate(message.id)}>
            Try sending it again
          </Button>
        </div>
      )}
      {links.length > 0 && (
        <section aria-labelledby="links-heading" className="section">
          <h2 id="links-heading">Links in this message</h2>
          <p>
            If the message cannot be delivered, pass the link on to {message.toAddress} yourself, by a channel
            you trust. It works once, for the person it was made for.
          </p>
          <ul className="link-list">
            {links.map((link) => (
              <li key={link}>
                <code className="link-list__url" data-testid="outbox-link">
                  {link}
                </code>
                <CopyButton text={link} label="Copy the link" what="Link" />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="text-heading" className="section">
        <h2 id="text-heading">Text of the message</h2>
        <pre className="pre mail-text">{message.textBody}</pre>
      </section>
    </article>
  );
}
