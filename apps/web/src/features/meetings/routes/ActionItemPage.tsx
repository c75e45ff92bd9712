import { type ActionItemDetail, UpdateActionItemRequest } from '@egcc/contracts';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { describeError } from '../../../shared/api/client';
import type { LoaderFactory } from '../../../shared/api/loader';
import { useAbility } from '../../../shared/session/ability';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import {
  Button,
  DateField,
  ErrorSummary,
  type FormSchema,
  RadioGroup,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  useForm,
} from '../../../shared/ui/form';
import { formatDate, formatDateTime } from '../../../shared/ui/format';
import { Notice } from '../../../shared/ui/Notice';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import {
  actionItemQuery,
  useActionItem,
  useDeleteActionItem,
  useUpdateActionItem,
} from '../api/action-items';
import { OWNER_KINDS, useOwnerOptions } from '../components/actions/ActionItemForm';
import { ActionItemStatusBadges } from '../components/actions/ActionItemStatus';
import { ACTION_ITEM_STATUS, ownerName } from '../components/actions/labels';
import { ProgressForm } from '../components/actions/ProgressForm';
import { RenderedMarkdown } from '../components/RenderedMarkdown';
import '../components/actions/actions.css';

export const actionItemLoader: LoaderFactory =
  (queryClient) =>
  async ({ params }) => {
    await queryClient.ensureQueryData(actionItemQuery(params['id'] ?? ''));
    return null;
  };

/** One action item: what, who, by when, its history of progress, and the progress form for its owner. */
export function ActionItemPage() {
  const id = useParams()['id'] ?? '';
  const { data: item } = useActionItem(id);
  usePageTitle(item.title);
  const ability = useAbility();
  const canEdit = ability.can('update', 'ActionItem');
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <article className="page action-item-page">
      <p className="breadcrumbs">
        <Link to="/action-items">Action items</Link>
      </p>
      <div className="page__header">
        <h1>{item.title}</h1>
        <ActionItemStatusBadges item={item} />
      </div>
      <dl className="action-item-facts">
        <dt>Owner</dt>
        <dd>{ownerName(item.owner)}</dd>
        <dt>Due</dt>
        <dd>{item.dueOn ? formatDate(item.dueOn) : 'No due date'}</dd>
        <dt>Meeting</dt>
        <dd>
          <Link to={`/meetings/${item.meeting.id}`}>{item.meeting.title}</Link>
          {item.agendaItem && (
            <>
              , agenda item {item.agendaItem.position}: {item.agendaItem.title}
            </>
          )}
        </dd>
        <dt>Recorded</dt>
        <dd>
          {formatDateTime(item.createdAt)}
          {item.createdBy && <> by {item.createdBy.name}</>}
        </dd>
        {item.closedAt && (
          <>
            <dt>Closed</dt>
            <dd>{formatDateTime(item.closedAt)}</dd>
          </>
        )}
      </dl>
      <RenderedMarkdown text={item.description} headingLevel={2} />
      <div role="status">
        {saved && (
          <Notice tone="success">
            <p>{saved}</p>
          </Notice>
        )}
      </div>
      {canEdit &&
        (editing ? (
          <EditActionItem
            item={item}
            onDone={(message) => {
              setEditing(false);
              setSaved(message);
            }}
          />
        ) : (
          <ChairActions item={item} onEdit={() => setEditing(true)} />
        ))}

      <section aria-labelledby="action-item-history-heading">
        <h2 id="action-item-history-heading">Progress</h2>
        {item.updates.length === 0 ? (
          <p>No progress reported yet.</p>
        ) : (
          <ol className="action-item-history">
            {item.updates.map((update) => (
              <li key={update.id} className="action-item-history__entry">
                <p className="action-item-history__meta">
                  {formatDateTime(update.createdAt)} · {update.author?.name ?? 'A former member'}
                  {update.status && <> · status: {ACTION_ITEM_STATUS[update.status].label.toLowerCase()}</>}
                </p>
                {update.note && <p>{update.note}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>
      {item.canUpdate && (
        <section aria-labelledby="action-item-progress-heading">
          <h2 id="action-item-progress-heading">Report progress</h2>
          <ProgressForm item={item} />
        </section>
      )}
    </article>
  );
}

function ChairActions({ item, onEdit }: { item: ActionItemDetail; onEdit(): void }) {
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteActionItem(item.id);
  const navigate = useNavigate();
  return (
    <div className="button-group button-group--compact">
      <Button variant="secondary" onClick={onEdit}>
        Edit the action item
      </Button>
      <Button variant="warning" onClick={() => setConfirming(true)}>
        Delete
      </Button>
      <ConfirmDialog
        open={confirming}
        title="Delete this action item?"
        confirmLabel="Delete the action item"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        error={remove.isError ? describeError(remove.error) : null}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () =>
              void navigate('/action-items', {
                state: { flash: `The action item “${item.title}” is deleted.` },
              }),
          })
        }
        onCancel={() => setConfirming(false)}
      >
        <p>It disappears with its history. To keep the record, set its status to “Dropped” instead.</p>
      </ConfirmDialog>
    </div>
  );
}

function EditActionItem({ item, onDone }: { item: ActionItemDetail; onDone(message: string | null): void }) {
  const update = useUpdateActionItem(item.id);
  const owners = useOwnerOptions();
  const form = useForm({
    id: `edit-action-item-${item.id}`,
    initialValues: {
      title: item.title,
      description: item.description.markdown,
      ownerKind: (item.owner?.kind ?? 'DELEGATION') as string,
      ownerDelegationId: item.owner?.kind === 'DELEGATION' ? item.owner.delegation.id : '',
      ownerUserId: item.owner?.kind === 'MEMBER' ? item.owner.member.id : '',
      dueOn: item.dueOn ?? '',
    },
    fields: {
      title: { label: 'Action', required: 'Say what is to be done' },
      description: { label: 'Details' },
      ownerKind: { label: 'Owned by' },
      ownerDelegationId: { label: 'Owning delegation' },
      ownerUserId: { label: 'Owning member' },
      dueOn: { label: 'Due date', required: 'Enter the due date', invalid: 'Enter the due date as a date' },
    },
    toRequest: (values) => ({
      title: values.title,
      description: values.description,
      ...(values.ownerKind === 'MEMBER'
        ? { ownerUserId: values.ownerUserId || null }
        : { ownerDelegationId: values.ownerDelegationId || null }),
      dueOn: values.dueOn,
    }),
    validate: (values) =>
      values.ownerKind === 'DELEGATION' && !values.ownerDelegationId
        ? { ownerDelegationId: 'Choose the owning delegation' }
        : values.ownerKind === 'MEMBER' && !values.ownerUserId
          ? { ownerUserId: 'Choose the owning member' }
          : {},
    schema: UpdateActionItemRequest as FormSchema<UpdateActionItemRequest>,
    onSubmit: async (request) => {
      const saved = await update.mutateAsync(request);
      onDone(
        saved.dueOn !== item.dueOn
          ? 'Saved. The owner will be reminded a week before the new due date.'
          : 'The action item is saved.',
      );
    },
  });
  const byMember = form.values.ownerKind === 'MEMBER';
  return (
    <section aria-labelledby="edit-action-item-heading">
      <h2 id="edit-action-item-heading">Edit the action item</h2>
      <ErrorSummary {...form.summary} />
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <TextField {...form.field('title')} maxLength={300} />
        <TextArea {...form.field('description')} optional rows={4} hint="Markdown." />
        <RadioGroup {...form.field('ownerKind')} inline options={OWNER_KINDS} />
        {byMember ? (
          <SelectField
            {...form.field('ownerUserId')}
            placeholder="Choose a member"
            options={owners.members}
          />
        ) : (
          <SelectField
            {...form.field('ownerDelegationId')}
            placeholder="Choose a delegation"
            options={owners.delegations}
          />
        )}
        <DateField {...form.field('dueOn')} hint="A new due date brings a new reminder a week before it." />
        <div className="button-group button-group--compact">
          <SubmitButton pending={form.pending} pendingLabel="Saving…">
            Save the action item
          </SubmitButton>
          <Button variant="link" onClick={() => onDone(null)}>
            Cancel
          </Button>
        </div>
      </form>
    </section>
  );
}
