import {
  type ActionItemDetail,
  type AgendaItemView,
  CreateActionItemRequest,
  type DecisionView,
} from '@egcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getMembers, MEMBERS_KEY } from '../../../../shared/api/get-members';
import { useDelegations } from '../../../../shared/api/get-delegations';
import {
  DateField,
  ErrorSummary,
  type FormSchema,
  RadioGroup,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  useForm,
} from '../../../../shared/ui/form';
import { useCreateActionItem } from '../../api/action-items';

/** Active members, for the owner picker (the group is small: one page of 100). */
const activeMembersQuery = () =>
  queryOptions({
    queryKey: [...MEMBERS_KEY, 'active-options'],
    queryFn: ({ signal }) => getMembers({ status: 'ACTIVE', limit: 100 }, signal),
    staleTime: 5 * 60_000,
  });

/** The owner picker's choices: active delegations, or active members by name. */
export function useOwnerOptions() {
  const delegations = useDelegations();
  const members = useQuery(activeMembersQuery());
  return {
    delegations: (delegations.data ?? [])
      .filter((d) => d.membershipStatus === 'ACTIVE')
      .map((d) => ({ value: d.id, label: d.name })),
    members: (members.data?.items ?? []).map((m) => ({
      value: m.id,
      label: m.delegation ? `${m.name} (${m.delegation.name})` : `${m.name} (secretariat)`,
    })),
  };
}

export const OWNER_KINDS = [
  { value: 'DELEGATION', label: 'A delegation' },
  { value: 'MEMBER', label: 'A member' },
];

/** A chair records an action item against the meeting, one of its agenda items or a decision. */
export function ActionItemForm({
  meetingId,
  agendaItems,
  decisions,
  onRecorded,
}: {
  meetingId: string;
  agendaItems: readonly AgendaItemView[];
  decisions: readonly DecisionView[];
  onRecorded(item: ActionItemDetail): void;
}) {
  const create = useCreateActionItem(meetingId);
  const owners = useOwnerOptions();
  const form = useForm({
    id: `new-action-item-${meetingId}`,
    initialValues: {
      title: '',
      description: '',
      agendaItemId: '',
      decisionId: '',
      ownerKind: 'DELEGATION',
      ownerDelegationId: '',
      ownerUserId: '',
      dueOn: '',
    },
    fields: {
      title: { label: 'Action', required: 'Say what is to be done' },
      description: { label: 'Details' },
      agendaItemId: { label: 'Agenda item' },
      decisionId: { label: 'Following from the decision' },
      ownerKind: { label: 'Owned by' },
      ownerDelegationId: { label: 'Owning delegation' },
      ownerUserId: { label: 'Owning member' },
      dueOn: { label: 'Due date', required: 'Enter the due date', invalid: 'Enter the due date as a date' },
    },
    toRequest: (values) => ({
      title: values.title,
      description: values.description,
      agendaItemId: values.agendaItemId || null,
      decisionId: values.decisionId || null,
      ownerDelegationId: values.ownerKind === 'DELEGATION' ? values.ownerDelegationId || null : null,
      ownerUserId: values.ownerKind === 'MEMBER' ? values.ownerUserId || null : null,
      dueOn: values.dueOn,
    }),
    validate: (values) =>
      values.ownerKind === 'DELEGATION' && !values.ownerDelegationId
        ? { ownerDelegationId: 'Choose the owning delegation' }
        : values.ownerKind === 'MEMBER' && !values.ownerUserId
          ? { ownerUserId: 'Choose the owning member' }
          : {},
    schema: CreateActionItemRequest as FormSchema<CreateActionItemRequest>,
    onSubmit: async (request) => {
      const item = await create.mutateAsync(request);
      form.setValues({ title: '', description: '', decisionId: '', dueOn: '' });
      onRecorded(item);
    },
  });
  const byMember = form.values.ownerKind === 'MEMBER';
  return (
    <>
      <ErrorSummary {...form.summary} />
      <form className="form action-item-form" noValidate onSubmit={form.handleSubmit}>
        <TextField
          {...form.field('title')}
          maxLength={300}
          hint="For example: Share the national guidance on child-friendly interviews."
        />
        <TextArea {...form.field('description')} optional rows={3} hint="Markdown." />
        <SelectField
          {...form.field('agendaItemId')}
          optional
          placeholder="None (the meeting as a whole)"
          options={agendaItems.map((item) => ({ value: item.id, label: `${item.position}. ${item.title}` }))}
        />
        {decisions.length > 0 && (
          <SelectField
            {...form.field('decisionId')}
            optional
            placeholder="None"
            options={decisions.map((d) => ({
              value: d.id,
              label: d.text.length > 80 ? `${d.text.slice(0, 79)}…` : d.text,
            }))}
          />
        )}
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
        <DateField {...form.field('dueOn')} hint="The owner is reminded a week before." />
        <SubmitButton pending={form.pending} pendingLabel="Recording…">
          Record the action item
        </SubmitButton>
      </form>
    </>
  );
}
