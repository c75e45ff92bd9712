import {
  type DecisionView,
  type MeetingDetail,
  UpdateDecisionRequest,
  CreateDecisionRequest,
} from '@egcc/contracts';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../../../shared/api/client';
import { ConfirmDialog } from '../../../../shared/ui/ConfirmDialog';
import {
  Button,
  ErrorSummary,
  type FormSchema,
  SelectField,
  SubmitButton,
  TextArea,
  useForm,
} from '../../../../shared/ui/form';
import { formatDate } from '../../../../shared/ui/format';
import { Notice } from '../../../../shared/ui/Notice';
import { useAddFollowUpItem, useMeetingActionItems } from '../../api/action-items';
import { useDecisions, useDeleteDecision, useRecordDecision, useUpdateDecision } from '../../api/decisions';
import { agendaQuery } from '../../api/get-agenda';
import { ActionItemForm } from './ActionItemForm';
import { ActionItemStatusBadges } from './ActionItemStatus';
import { ownerName } from './labels';
import { ProgressForm } from './ProgressForm';
import './actions.css';

/**
 * The meeting's decisions and action items: every member reads them, owners report progress
 * on their items, and the chair and the secretariat record them against the agenda.
 */
export function DecisionsAndActions({ meeting }: { meeting: MeetingDetail }) {
  return (
    <section className="meeting-section decisions-and-actions" aria-labelledby="meeting-actions-heading">
      <h2 id="meeting-actions-heading">Decisions and action items</h2>
      <Decisions meeting={meeting} />
      <ActionItems meeting={meeting} />
    </section>
  );
}

function Failure({ error }: { error: unknown }) {
  return (
    <Notice tone="error">
      <p>{describeError(error)}</p>
    </Notice>
  );
}

function Decisions({ meeting }: { meeting: MeetingDetail }) {
  const decisions = useDecisions(meeting.id);
  const agenda = useQuery(agendaQuery(meeting.id));
  const [recording, setRecording] = useState(false);
  const [recorded, setRecorded] = useState<string | null>(null);
  const canRecord = meeting.actions.recordDecisions;
  return (
    <div className="decisions">
      <h3>Decisions</h3>
      {decisions.isPending ? (
        <p role="status">Loading the decisions…</p>
      ) : decisions.isError ? (
        <Failure error={decisions.error} />
      ) : decisions.data.length === 0 ? (
        <p>No decisions are recorded.</p>
      ) : (
        <ol className="decision-list">
          {decisions.data.map((decision) => (
            <DecisionEntry key={decision.id} meetingId={meeting.id} decision={decision} canEdit={canRecord} />
          ))}
        </ol>
      )}
      {canRecord && (
        <>
          <Button
            variant="secondary"
            aria-expanded={recording}
            onClick={() => {
              setRecording((open) => !open);
              setRecorded(null);
            }}
          >
            {recording ? 'Close the decision form' : 'Record a decision'}
          </Button>
          {recording && (
            <RecordDecision
              meetingId={meeting.id}
              agendaItems={agenda.data?.items ?? []}
              onRecorded={() => setRecorded('The decision is recorded.')}
            />
          )}
          <div role="status">
            {recorded && (
              <Notice tone="success">
                <p>{recorded}</p>
              </Notice>
            )}
          </div>
        </>
      )}
    </div>
  );
}

function RecordDecision({
  meetingId,
  agendaItems,
  onRecorded,
}: {
  meetingId: string;
  agendaItems: readonly { id: string; position: number; title: string }[];
  onRecorded(): void;
}) {
  const record = useRecordDecision(meetingId);
  const form = useForm({
    id: `new-decision-${meetingId}`,
    initialValues: { agendaItemId: '', text: '' },
    fields: {
      agendaItemId: { label: 'Agenda item' },
      text: { label: 'Decision', required: 'Write the decision' },
    },
    toRequest: (values) => ({ agendaItemId: values.agendaItemId || null, text: values.text }),
    schema: CreateDecisionRequest as FormSchema<CreateDecisionRequest>,
    onSubmit: async (request) => {
      await record.mutateAsync(request);
      form.setValues({ text: '' });
      onRecorded();
    },
  });
  return (
    <>
      <ErrorSummary {...form.summary} />
      <form className="form decision-form" noValidate onSubmit={form.handleSubmit}>
        <SelectField
          {...form.field('agendaItemId')}
          optional
          placeholder="None (the meeting as a whole)"
          options={agendaItems.map((item) => ({ value: item.id, label: `${item.position}. ${item.title}` }))}
        />
        <TextArea {...form.field('text')} rows={3} maxLength={5000} hint="As the group agreed it." />
        <SubmitButton pending={form.pending} pendingLabel="Recording…">
          Record the decision
        </SubmitButton>
      </form>
    </>
  );
}

function DecisionEntry({
  meetingId,
  decision,
  canEdit,
}: {
  meetingId: string;
  decision: DecisionView;
  canEdit: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteDecision(meetingId, decision.id);
  return (
    <li className="decision-list__item">
      {editing ? (
        <EditDecision meetingId={meetingId} decision={decision} onDone={() => setEditing(false)} />
      ) : (
        <p className="decision-list__text">{decision.text}</p>
      )}
      <p className="decision-list__meta">
        {decision.agendaItem
          ? `Agenda item ${decision.agendaItem.position}: ${decision.agendaItem.title}`
          : 'The meeting as a whole'}
        {decision.actionItemIds.length > 0 &&
          ` · ${decision.actionItemIds.length} action item${decision.actionItemIds.length === 1 ? '' : 's'}`}
      </p>
      {canEdit && !editing && (
        <div className="button-group button-group--compact">
          <Button
            variant="secondary"
            onClick={() => setEditing(true)}
            aria-label={`Edit the decision: ${decision.text.slice(0, 60)}`}
          >
            Edit
          </Button>
          <Button
            variant="warning"
            onClick={() => setConfirming(true)}
            aria-label={`Delete the decision: ${decision.text.slice(0, 60)}`}
          >
            Delete
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title="Delete this decision?"
        confirmLabel="Delete the decision"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        error={remove.isError ? describeError(remove.error) : null}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => setConfirming(false) })}
        onCancel={() => setConfirming(false)}
      >
        <p>“{decision.text}”</p>
        <p>Action items that follow from it are kept.</p>
      </ConfirmDialog>
    </li>
  );
}

function EditDecision({
  meetingId,
  decision,
  onDone,
}: {
  meetingId: string;
  decision: DecisionView;
  onDone(): void;
}) {
  const update = useUpdateDecision(meetingId, decision.id);
  const form = useForm({
    id: `decision-${decision.id}`,
    initialValues: { text: decision.text },
    fields: { text: { label: 'Decision', required: 'Write the decision' } },
    schema: UpdateDecisionRequest as FormSchema<UpdateDecisionRequest>,
    onSubmit: async (request) => {
      await update.mutateAsync(request);
      onDone();
    },
  });
  return (
    <>
      <ErrorSummary {...form.summary} />
      <form className="form decision-form" noValidate onSubmit={form.handleSubmit}>
        <TextArea {...form.field('text')} rows={3} maxLength={5000} />
        <div className="button-group button-group--compact">
          <SubmitButton pending={form.pending} pendingLabel="Saving…">
            Save the decision
          </SubmitButton>
          <Button variant="link" onClick={onDone}>
            Cancel
          </Button>
        </div>
      </form>
    </>
  );
}

function ActionItems({ meeting }: { meeting: MeetingDetail }) {
  const items = useMeetingActionItems(meeting.id);
  const decisions = useDecisions(meeting.id);
  const agenda = useQuery(agendaQuery(meeting.id));
  const addFollowUp = useAddFollowUpItem(meeting.id);
  const [recording, setRecording] = useState(false);
  const [recorded, setRecorded] = useState<string | null>(null);
  const [updating, setUpdating] = useState<string | null>(null);
  const headingId = useId();
  const canManage = meeting.actions.manageActionItems;
  const lacksFollowUp =
    meeting.actions.editAgenda &&
    agenda.data !== undefined &&
    !agenda.data.items.some((i) => i.isActionItemFollowUp);
  return (
    <div className="meeting-action-items">
      <h3 id={headingId}>Action items</h3>
      <p>
        <Link to={`/action-items?meetingId=${meeting.id}`}>
          These action items in the list of all action items
        </Link>
        {' · '}
        <Link to="/action-items?open=true">Open action items of every meeting</Link>
      </p>
      {items.isPending ? (
        <p role="status">Loading the action items…</p>
      ) : items.isError ? (
        <Failure error={items.error} />
      ) : items.data.length === 0 ? (
        <p>No action items are recorded.</p>
      ) : (
        <ul className="follow-up" aria-labelledby={headingId}>
          {items.data.map((item) => (
            <li key={item.id} className="follow-up__item">
              <Link to={`/action-items/${item.id}`}>{item.title}</Link> <ActionItemStatusBadges item={item} />
              <p className="follow-up__meta">
                {ownerName(item.owner)}
                {item.dueOn && <> · due {formatDate(item.dueOn)}</>}
                {item.agendaItem && (
                  <>
                    {' '}
                    · agenda item {item.agendaItem.position}: {item.agendaItem.title}
                  </>
                )}
              </p>
              {item.canUpdate && (
                <>
                  <Button
                    variant="secondary"
                    aria-expanded={updating === item.id}
                    onClick={() => setUpdating((current) => (current === item.id ? null : item.id))}
                  >
                    {updating === item.id ? 'Close' : 'Report progress'}
                    <span className="visually-hidden"> on “{item.title}”</span>
                  </Button>
                  {updating === item.id && <ProgressForm item={item} idPrefix="meeting-progress" />}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        <>
          <Button
            variant="secondary"
            aria-expanded={recording}
            onClick={() => {
              setRecording((open) => !open);
              setRecorded(null);
            }}
          >
            {recording ? 'Close the action item form' : 'Record an action item'}
          </Button>
          {recording && (
            <ActionItemForm
              meetingId={meeting.id}
              agendaItems={agenda.data?.items ?? []}
              decisions={decisions.data ?? []}
              onRecorded={(item) => setRecorded(`The action item “${item.title}” is recorded.`)}
            />
          )}
          <div role="status">
            {recorded && (
              <Notice tone="success">
                <p>{recorded}</p>
              </Notice>
            )}
          </div>
        </>
      )}
      {lacksFollowUp && (
        <div className="follow-up-offer">
          <p>
            The agenda does not start with the follow-up of action items. Add it to go through the open action
            items of earlier meetings.
          </p>
          <Button
            variant="secondary"
            pending={addFollowUp.isPending}
            pendingLabel="Adding…"
            onClick={() => addFollowUp.mutate()}
          >
            Add “Follow-up of action items” to the agenda
          </Button>
          {addFollowUp.isError && <Failure error={addFollowUp.error} />}
        </div>
      )}
    </div>
  );
}
