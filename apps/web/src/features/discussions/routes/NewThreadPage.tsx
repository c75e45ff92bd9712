import { CreateThreadRequest } from '@egcc/contracts';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { idempotencyKeys } from '../../../shared/api/idempotency';
import { delegationsQuery, useDelegationsSuspense } from '../../../shared/api/get-delegations';
import { referenceQuery, useReference } from '../../../shared/api/get-reference';
import type { LoaderFactory } from '../../../shared/api/loader';
import { useAbility } from '../../../shared/session/ability';
import { CheckboxGroup, ErrorSummary, SubmitButton, TextField, useForm } from '../../../shared/ui/form';
import { type FlashState, Notice } from '../../../shared/ui/Notice';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useCreateThread } from '../api/create-thread';
import { MarkdownEditor } from '../../../shared/ui/markdown/MarkdownEditor';

export const newThreadLoader: LoaderFactory = (queryClient) => async () => {
  await Promise.all([
    queryClient.ensureQueryData(referenceQuery()),
    queryClient.ensureQueryData(delegationsQuery()),
  ]);
  return null;
};

/** Opens a thread: a title, its tags, and the first post. */
export function NewThreadPage() {
  usePageTitle('New thread');
  const ability = useAbility();
  return (
    <article className="page">
      <p className="breadcrumbs">
        <Link to="/discussions">Discussions</Link>
      </p>
      <h1>New thread</h1>
      {ability.can('create', 'Thread') ? (
        <NewThreadForm />
      ) : (
        <Notice tone="info">
          <p>
            Observers read the discussions but do not open threads. The chair and the secretariat can raise a
            subject for you.
          </p>
        </Notice>
      )}
    </article>
  );
}

function NewThreadForm() {
  const { data: reference } = useReference();
  const { data: delegations } = useDelegationsSuspense();
  const create = useCreateThread();
  const navigate = useNavigate();
  // One key per request: a retry of the same thread (after a lost answer) creates it once.
  const [keys] = useState(idempotencyKeys);
  const form = useForm({
    id: 'new-thread',
    initialValues: {
      title: '',
      focusAreas: [] as string[],
      gapKinds: [] as string[],
      delegations: [] as string[],
      body: '',
    },
    fields: {
      title: { label: 'Title', required: 'Enter a title' },
      focusAreas: { label: 'Focus areas' },
      gapKinds: { label: 'Gaps' },
      delegations: { label: 'Delegations concerned' },
      body: { label: 'First post', required: 'Write the first post' },
    },
    schema: CreateThreadRequest,
    onSubmit: async (request) => {
      const thread = await create.mutateAsync({ body: request, idempotencyKey: keys.keyFor(request) });
      keys.done();
      const state: FlashState = { flash: 'Your thread is open. Members who follow its tags are told.' };
      await navigate(`/discussions/${thread.id}`, { state });
    },
  });

  return (
    <>
      <p className="lead">
        Describe the gap or the question, tag it so that the members concerned find it, and mention anyone
        whose view you want.
      </p>
      <ErrorSummary {...form.summary} />
      <form className="form form--wide" noValidate onSubmit={form.handleSubmit}>
        <TextField {...form.field('title')} hint="At least 5 characters; say what the thread is about." />
        <CheckboxGroup
          {...form.field('focusAreas')}
          optional
          options={reference.focusAreas.map((area) => ({
            value: area.code,
            label: area.name,
          }))}
        />
        <CheckboxGroup
          {...form.field('gapKinds')}
          optional
          hint="What is missing: services, expertise or capacity."
          options={reference.gapKinds.map((kind) => ({
            value: kind.code,
            label: kind.name,
            hint: kind.description,
          }))}
        />
        <div className="checkbox-columns">
          <CheckboxGroup
            {...form.field('delegations')}
            optional
            hint="Up to 12; their members can follow threads about them."
            options={delegations
              .filter((delegation) => delegation.membershipStatus === 'ACTIVE')
              .map((delegation) => ({ value: delegation.code, label: delegation.name }))}
          />
        </div>
        <MarkdownEditor {...form.field('body')} rows={10} />
        <SubmitButton pending={form.pending} pendingLabel="Opening the thread…">
          Open the thread
        </SubmitButton>
      </form>
    </>
  );
}
