import {
  type DelegationSummary,
  type ReferenceData,
  type ThreadDetail,
  UpdateThreadRequest,
} from '@egcc/contracts';
import { useState } from 'react';
import { describeError } from '../../../shared/api/client';
import { useAnnounce } from '../../../shared/ui/Announcer';
import { Button, CheckboxGroup, ErrorSummary, SubmitButton, useForm } from '../../../shared/ui/form';
import { Notice } from '../../../shared/ui/Notice';
import { type ThreadFlagAction, useSetThreadFlag } from '../api/moderate-thread';
import { useUpdateThread } from '../api/update-thread';

const DONE: Record<ThreadFlagAction, string> = {
  pin: 'The thread is pinned: it heads the list.',
  unpin: 'The thread is no longer pinned.',
  lock: 'The thread is locked: it takes no more replies.',
  unlock: 'The thread is unlocked: members can reply again.',
};

/** For chairs and the secretariat: pin, lock and move the tags of a thread. */
export function ModerationPanel({
  thread,
  reference,
  delegations,
}: {
  thread: ThreadDetail;
  reference: ReferenceData;
  delegations: readonly DelegationSummary[];
}) {
  const flag = useSetThreadFlag(thread.id);
  const announce = useAnnounce();
  const run = (action: ThreadFlagAction) => {
    if (flag.isPending) return;
    flag.mutate(action, { onSuccess: () => announce(DONE[action]) });
  };
  return (
    <details className="details moderation">
      <summary>Moderate this thread</summary>
      <div className="moderation__body">
        <div className="button-group button-group--compact">
          <Button variant="secondary" onClick={() => run(thread.pinned ? 'unpin' : 'pin')}>
            {thread.pinned ? 'Unpin the thread' : 'Pin the thread'}
          </Button>
          <Button variant="secondary" onClick={() => run(thread.locked ? 'unlock' : 'lock')}>
            {thread.locked ? 'Unlock the thread' : 'Lock the thread'}
          </Button>
        </div>
        {flag.isError && (
          <Notice tone="error" live>
            <p>{describeError(flag.error)}</p>
          </Notice>
        )}
        <RetagForm thread={thread} reference={reference} delegations={delegations} />
      </div>
    </details>
  );
}

function RetagForm({
  thread,
  reference,
  delegations,
}: {
  thread: ThreadDetail;
  reference: ReferenceData;
  delegations: readonly DelegationSummary[];
}) {
  const update = useUpdateThread(thread.id);
  const [saved, setSaved] = useState(false);
  const form = useForm({
    id: 'retag',
    initialValues: {
      focusAreas: [...thread.focusAreas],
      gapKinds: [...thread.gapKinds] as string[],
      delegations: [...thread.delegations],
    },
    fields: {
      focusAreas: { label: 'Focus areas' },
      gapKinds: { label: 'Gaps' },
      delegations: { label: 'Delegations concerned' },
    },
    schema: UpdateThreadRequest,
    onSubmit: async (request) => {
      setSaved(false);
      await update.mutateAsync(request);
      setSaved(true);
    },
  });
  return (
    <section className="moderation__tags" aria-labelledby="retag-heading">
      <h2 id="retag-heading" className="moderation__heading">
        Move the tags
      </h2>
      <div role="status">
        {saved && (
          <Notice tone="success">
            <p>The tags are saved.</p>
          </Notice>
        )}
      </div>
      <ErrorSummary {...form.summary} />
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <CheckboxGroup
          {...form.field('focusAreas')}
          optional
          options={reference.focusAreas.map((area) => ({ value: area.code, label: area.name }))}
        />
        <CheckboxGroup
          {...form.field('gapKinds')}
          optional
          options={reference.gapKinds.map((kind) => ({ value: kind.code, label: kind.name }))}
        />
        <div className="checkbox-columns">
          <CheckboxGroup
            {...form.field('delegations')}
            optional
            options={delegations
              .filter(
                (delegation) =>
                  delegation.membershipStatus === 'ACTIVE' || thread.delegations.includes(delegation.code),
              )
              .map((delegation) => ({ value: delegation.code, label: delegation.name }))}
          />
        </div>
        <SubmitButton pending={form.pending} pendingLabel="Saving…" variant="secondary">
          Save the tags
        </SubmitButton>
      </form>
    </section>
  );
}
