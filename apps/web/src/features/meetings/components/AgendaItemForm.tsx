import { type AgendaItemView, CreateAgendaItemRequest, type PersonRef } from '@egcc/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useDelegations } from '../../../shared/api/get-delegations';
import { mentionCandidatesQuery } from '../../../shared/api/get-mention-candidates';
import {
  Button,
  CheckboxGroup,
  ErrorSummary,
  RadioGroup,
  SelectField,
  SubmitButton,
  TextField,
  useForm,
} from '../../../shared/ui/form';
import { MarkdownEditor } from '../../../shared/ui/markdown/MarkdownEditor';
import { useLinkableReports, useLinkableThreads } from '../api/link-options';
import { AGENDA_ITEM_KIND } from './labels';

export interface AgendaItemFormValues extends Record<string, unknown> {
  title: string;
  kind: string;
  durationMinutes: string;
  presenterKind: string;
  presenterUserId: string;
  presenterDelegationId: string;
  description: string;
  reportIds: string[];
  threadIds: string[];
}

const KINDS = ['INFORMATION', 'DISCUSSION', 'DECISION'] as const;

export function agendaItemValues(item?: AgendaItemView): AgendaItemFormValues {
  const presenter = item?.presenter ?? null;
  return {
    title: item?.title ?? '',
    kind: item?.kind ?? 'DISCUSSION',
    durationMinutes: item ? String(item.durationMinutes) : '30',
    presenterKind: presenter?.kind ?? 'NONE',
    presenterUserId: presenter?.kind === 'MEMBER' ? presenter.member.id : '',
    presenterDelegationId: presenter?.kind === 'DELEGATION' ? presenter.delegation.id : '',
    description: item?.description.markdown ?? '',
    reportIds: item?.reports.map((report) => report.id) ?? [],
    threadIds: item?.threads.map((thread) => thread.id) ?? [],
  };
}

export function toAgendaItemRequest(values: AgendaItemFormValues) {
  const minutes = values.durationMinutes.trim();
  return {
    title: values.title,
    kind: values.kind,
    durationMinutes: /^\d+$/.test(minutes) ? Number(minutes) : minutes === '' ? undefined : Number.NaN,
    presenterUserId: values.presenterKind === 'MEMBER' ? values.presenterUserId || null : null,
    presenterDelegationId:
      values.presenterKind === 'DELEGATION' ? values.presenterDelegationId || null : null,
    description: values.description,
    reportIds: values.reportIds,
    threadIds: values.threadIds,
  };
}

/**
 * Adds an item (no `item`) or changes one. Links to reports and threads are chosen from the
 * published reports and the latest threads, narrowed by typing.
 */
export function AgendaItemForm({
  formId,
  item,
  submitLabel,
  pendingLabel,
  onSubmit,
  onCancel,
}: {
  formId: string;
  item?: AgendaItemView;
  submitLabel: string;
  pendingLabel: string;
  onSubmit: (request: CreateAgendaItemRequest) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const form = useForm<AgendaItemFormValues, CreateAgendaItemRequest>({
    id: formId,
    initialValues: agendaItemValues(item),
    fields: {
      title: { label: 'Title', required: 'Enter the item’s title' },
      kind: { label: 'Kind', required: 'Choose the kind of item' },
      durationMinutes: {
        label: 'Duration in minutes',
        required: 'Enter how many minutes the item takes',
        invalid: 'Enter the duration as whole minutes, from 1 to 600',
      },
      presenterKind: { label: 'Presented by' },
      presenterUserId: { label: 'Presenting member' },
      presenterDelegationId: { label: 'Presenting delegation' },
      description: { label: 'Description' },
      reportIds: { label: 'Linked reports' },
      threadIds: { label: 'Linked discussions' },
    },
    toRequest: toAgendaItemRequest,
    // The whole item is sent either way, so adding's rules check an edit too.
    schema: CreateAgendaItemRequest,
    validate: (values) => ({
      presenterUserId:
        values.presenterKind === 'MEMBER' && !values.presenterUserId
          ? 'Choose the presenting member'
          : undefined,
      presenterDelegationId:
        values.presenterKind === 'DELEGATION' && !values.presenterDelegationId
          ? 'Choose the presenting delegation'
          : undefined,
    }),
    onSubmit: (request) => onSubmit(request),
  });

  return (
    <>
      <ErrorSummary {...form.summary} />
      <form className="form agenda-item-form" noValidate onSubmit={form.handleSubmit}>
        <TextField {...form.field('title')} />
        <RadioGroup
          {...form.field('kind')}
          inline
          options={KINDS.map((kind) => ({ value: kind, label: AGENDA_ITEM_KIND[kind] }))}
        />
        <TextField
          {...form.field('durationMinutes')}
          width="code"
          inputMode="numeric"
          hint="From 1 to 600."
        />
        <RadioGroup
          {...form.field('presenterKind')}
          inline
          options={[
            { value: 'NONE', label: 'The chair' },
            { value: 'MEMBER', label: 'A member' },
            { value: 'DELEGATION', label: 'A delegation' },
          ]}
        />
        {form.values.presenterKind === 'MEMBER' && (
          <MemberPicker {...form.field('presenterUserId')} initial={presenterMember(item)} />
        )}
        {form.values.presenterKind === 'DELEGATION' && (
          <DelegationPicker {...form.field('presenterDelegationId')} />
        )}
        <MarkdownEditor {...form.field('description')} optional mentions={false} rows={4} />
        <details className="agenda-item-form__links">
          <summary>
            Links to reports and discussions
            {form.values.reportIds.length + form.values.threadIds.length > 0 &&
              ` (${form.values.reportIds.length + form.values.threadIds.length} chosen)`}
          </summary>
          <LinkPicker kind="reports" {...form.field('reportIds')} initial={item?.reports ?? []} />
          <LinkPicker kind="threads" {...form.field('threadIds')} initial={item?.threads ?? []} />
        </details>
        <div className="button-group">
          <SubmitButton pending={form.pending} pendingLabel={pendingLabel}>
            {submitLabel}
          </SubmitButton>
          {onCancel && (
            <Button variant="secondary" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </div>
      </form>
    </>
  );
}

const presenterMember = (item?: AgendaItemView): PersonRef | null =>
  item?.presenter?.kind === 'MEMBER' ? item.presenter.member : null;

interface PickerProps {
  id: string;
  name: string;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** Finds a member by name (the same search as @mentions) and chooses one from the matches. */
function MemberPicker({ initial, ...field }: PickerProps & { initial: PersonRef | null }) {
  const [search, setSearch] = useState('');
  const searchId = useId();
  const q = search.trim();
  const candidates = useQuery({
    ...mentionCandidatesQuery(q),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
  const found = q ? (candidates.data ?? []) : [];
  const options = [
    ...(initial && !found.some((person) => person.id === initial.id) ? [initial] : []),
    ...found,
  ];
  return (
    <div className="picker">
      <div className="field">
        <label className="field__label" htmlFor={searchId}>
          Find a member
        </label>
        <div className="field__hint" id={`${searchId}-hint`}>
          Type a few letters of their name, then choose below.
        </div>
        <input
          id={searchId}
          className="input input--medium"
          type="search"
          value={search}
          aria-describedby={`${searchId}-hint`}
          onChange={(event) => setSearch(event.target.value)}
        />
        <p className="visually-hidden" role="status">
          {q && candidates.data ? `${found.length} members match.` : ''}
        </p>
      </div>
      <SelectField
        {...field}
        placeholder={options.length ? 'Choose a member' : 'No member found yet'}
        options={options.map((person) => ({
          value: person.id,
          label: person.delegation ? `${person.name} (${person.delegation.name})` : person.name,
        }))}
      />
    </div>
  );
}

function DelegationPicker(field: PickerProps) {
  const delegations = useDelegations().data ?? [];
  return (
    <SelectField
      {...field}
      placeholder="Choose a delegation"
      options={delegations
        .filter((delegation) => delegation.membershipStatus === 'ACTIVE')
        .map((delegation) => ({ value: delegation.id, label: delegation.name }))}
    />
  );
}

/** Published reports or discussion threads as checkboxes, narrowed by a filter box. */
function LinkPicker({
  kind,
  initial,
  ...field
}: Omit<PickerProps, 'value' | 'onChange'> & {
  kind: 'reports' | 'threads';
  value: string[];
  onChange: (value: string[]) => void;
  initial: { id: string; title: string }[];
}) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const reports = useLinkableReports(kind === 'reports');
  const threads = useLinkableThreads(kind === 'threads');
  const query = kind === 'reports' ? reports : threads;
  const available: { id: string; title: string }[] =
    kind === 'reports'
      ? (reports.data?.items ?? []).map((report) => ({
          id: report.id,
          title: report.title,
        }))
      : [...(threads.data?.pinned ?? []), ...(threads.data?.items ?? [])].map((thread) => ({
          id: thread.id,
          title: thread.title,
        }));
  const all = [...initial.filter((link) => !available.some((a) => a.id === link.id)), ...available];
  const unique = all.filter((link, index) => all.findIndex((other) => other.id === link.id) === index);
  const needle = filter.trim().toLowerCase();
  const shown = unique.filter(
    (link) => field.value.includes(link.id) || link.title.toLowerCase().includes(needle),
  );
  const noun = kind === 'reports' ? 'published reports' : 'discussions';
  return (
    <div className="picker">
      <div className="field">
        <label className="field__label" htmlFor={filterId}>
          Find {noun}
        </label>
        <input
          id={filterId}
          className="input input--medium"
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
        <p className="visually-hidden" role="status">
          {needle ? `${shown.length} ${noun} shown.` : ''}
        </p>
      </div>
      {query.isPending ? (
        <p role="status">Loading {noun}…</p>
      ) : shown.length === 0 ? (
        <p className="field__hint">
          No {noun} to link{needle ? ' match' : ''}.
        </p>
      ) : (
        <CheckboxGroup
          {...field}
          optional
          options={shown.map((link) => ({ value: link.id, label: link.title }))}
        />
      )}
    </div>
  );
}
