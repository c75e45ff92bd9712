import {
  ChangeDelegationStatusRequest,
  CreateMinistryRequest,
  type DelegationDetail,
  type DelegationKind,
  type MembershipStatus,
  type Ministry,
  UpdateDelegationRequest,
  UpdateMinistryRequest,
} from '@egcc/contracts';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { describeError } from '../../../shared/api/client';
import type { LoaderFactory } from '../../../shared/api/loader';
import { Badge } from '../../../shared/ui/Badge';
import {
  Button,
  DateField,
  ErrorSummary,
  type FormSchema,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  useForm,
} from '../../../shared/ui/form';
import { formatDate, todayIso } from '../../../shared/ui/format';
import { DELEGATION_KIND_LABELS, MEMBERSHIP_STATUS } from '../../../shared/ui/labels';
import { Flash, Notice } from '../../../shared/ui/Notice';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useChangeDelegationStatus } from '../api/change-delegation-status';
import { useCreateMinistry } from '../api/create-ministry';
import { delegationQuery, useDelegation } from '../api/get-delegation';
import { useUpdateDelegation } from '../api/update-delegation';
import { useUpdateMinistry } from '../api/update-ministry';
import { DelegationStatus } from '../components/DelegationStatus';

export const adminDelegationLoader: LoaderFactory =
  (queryClient) =>
  async ({ params }) => {
    await queryClient.ensureQueryData(delegationQuery(params['code'] ?? ''));
    return null;
  };

const KINDS: DelegationKind[] = ['MEMBER_STATE', 'INSTITUTION'];
const STATUSES: MembershipStatus[] = ['ACTIVE', 'SUSPENDED', 'WITHDRAWN'];

/** One delegation, to manage: names and kind, membership status, ministries. */
export function AdminDelegationPage() {
  const { code = '' } = useParams();
  const { data: delegation } = useDelegation(code);
  usePageTitle(`${delegation.name}: manage`);
  return (
    <article className="page">
      <p className="breadcrumbs">
        <Link to="/admin/delegations">Delegations</Link>
      </p>
      <h1>{delegation.name}</h1>
      <Flash />
      <p className="lead">
        {DELEGATION_KIND_LABELS[delegation.kind]} · <DelegationStatus delegation={delegation} /> ·{' '}
        {delegation.memberCount === 1 ? '1 member' : `${delegation.memberCount} members`} ·{' '}
        <Link to={`/directory/${delegation.code}`}>See it in the directory</Link>
      </p>
      <NamesForm delegation={delegation} />
      <StatusForm delegation={delegation} />
      <Ministries delegation={delegation} />
    </article>
  );
}

function NamesForm({ delegation }: { delegation: DelegationDetail }) {
  const update = useUpdateDelegation(delegation.code);
  const [saved, setSaved] = useState(false);
  const form = useForm({
    id: 'delegation',
    initialValues: {
      name: delegation.name,
      nativeName: delegation.nativeName ?? '',
      kind: delegation.kind as string,
    },
    fields: {
      name: { label: 'Name in English', required: 'Enter the name of the delegation in English' },
      nativeName: { label: 'Native name' },
      kind: { label: 'Kind', required: 'Choose whether it is a member state or an institution' },
    },
    schema: UpdateDelegationRequest,
    onSubmit: async (request) => {
      setSaved(false);
      await update.mutateAsync(request);
      setSaved(true);
    },
  });
  return (
    <section aria-labelledby="names-heading" className="section">
      <h2 id="names-heading">Name and kind</h2>
      {saved && (
        <Notice tone="success" live>
          <p>The delegation has been saved.</p>
        </Notice>
      )}
      <ErrorSummary {...form.summary} />
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <TextField {...form.field('name')} autoComplete="off" />
        <TextField {...form.field('nativeName')} optional autoComplete="off" />
        <SelectField
          {...form.field('kind')}
          options={KINDS.map((kind) => ({ value: kind, label: DELEGATION_KIND_LABELS[kind] }))}
          hint="Delegates belong to member states; the European Commission is an institution."
        />
        <SubmitButton pending={form.pending} pendingLabel="Saving…">
          Save
        </SubmitButton>
      </form>
    </section>
  );
}

function StatusForm({ delegation }: { delegation: DelegationDetail }) {
  const change = useChangeDelegationStatus(delegation.code);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm({
    id: 'delegation-status',
    initialValues: { status: '', effectiveOn: todayIso(), note: '' },
    fields: {
      status: { label: 'New status', required: 'Choose the new status' },
      effectiveOn: {
        label: 'Effective from',
        required: 'Enter the date the change takes effect',
        invalid: 'Enter the date the change takes effect as a full date',
      },
      note: { label: 'Note' },
    },
    validate: (values) => ({
      status:
        values.status === delegation.membershipStatus
          ? `The delegation is ${MEMBERSHIP_STATUS[delegation.membershipStatus].label.toLowerCase()} already`
          : undefined,
    }),
    schema: ChangeDelegationStatusRequest,
    onSubmit: async (request) => {
      setSaved(null);
      await change.mutateAsync(request);
      setSaved(
        `The status is now ${MEMBERSHIP_STATUS[request.status].label.toLowerCase()}, from ${formatDate(request.effectiveOn)}.`,
      );
      form.setValues({ status: '', note: '' });
    },
  });
  return (
    <section aria-labelledby="status-heading" className="section">
      <h2 id="status-heading">Membership status</h2>
      {delegation.statusHistory.length > 0 && (
        <ol className="timeline">
          {delegation.statusHistory.map((entry) => (
            <li key={entry.id}>
              <strong>{formatDate(entry.effectiveOn)}</strong>: {MEMBERSHIP_STATUS[entry.status].label}
              {entry.note && <span className="timeline__note"> — {entry.note}</span>}
            </li>
          ))}
        </ol>
      )}
      {saved && (
        <Notice tone="success" live>
          <p>{saved}</p>
        </Notice>
      )}
      <p>
        Members of a delegation that is suspended or has withdrawn cannot sign in; what they wrote stays
        readable.
      </p>
      <ErrorSummary {...form.summary} />
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <SelectField
          {...form.field('status')}
          placeholder="Choose"
          options={STATUSES.map((status) => ({ value: status, label: MEMBERSHIP_STATUS[status].label }))}
        />
        <DateField {...form.field('effectiveOn')} hint="For example, the date of the CBSS decision." />
        <TextArea
          {...form.field('note')}
          optional
          maxLength={500}
          hint="What happened, for the record. At most 500 characters."
        />
        <SubmitButton pending={form.pending} pendingLabel="Saving…">
          Change the status
        </SubmitButton>
      </form>
    </section>
  );
}

function Ministries({ delegation }: { delegation: DelegationDetail }) {
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const sorted = [...delegation.ministries].sort((a, b) => Number(a.archived) - Number(b.archived));
  return (
    <section aria-labelledby="ministries-heading" className="section">
      <h2 id="ministries-heading">Ministries</h2>
      <div aria-live="polite">
        {message && (
          <Notice tone={message.tone}>
            <p>{message.text}</p>
          </Notice>
        )}
      </div>
      {sorted.length === 0 ? (
        <p>No ministries yet.</p>
      ) : (
        <ul className="ministry-admin-list">
          {sorted.map((ministry) => (
            <MinistryItem key={ministry.id} ministry={ministry} onMessage={setMessage} />
          ))}
        </ul>
      )}
      <NewMinistry
        code={delegation.code}
        onAdded={(name) => setMessage({ tone: 'success', text: `${name} has been added.` })}
      />
    </section>
  );
}

function MinistryItem({
  ministry,
  onMessage,
}: {
  ministry: Ministry;
  onMessage(message: { tone: 'success' | 'error'; text: string }): void;
}) {
  const [editing, setEditing] = useState(false);
  const update = useUpdateMinistry();
  const setArchived = (archived: boolean) =>
    update.mutate(
      { id: ministry.id, body: { archived } },
      {
        onSuccess: () =>
          onMessage({
            tone: 'success',
            text: archived
              ? `${ministry.name} has been archived: it is no longer offered for new members.`
              : `${ministry.name} has been restored.`,
          }),
        onError: (error) => onMessage({ tone: 'error', text: describeError(error) }),
      },
    );

  return (
    <li
      className={['ministry-admin', ministry.archived && 'ministry-admin--archived']
        .filter(Boolean)
        .join(' ')}
    >
      <div className="ministry-admin__summary">
        <p className="ministry-admin__name">
          <strong>{ministry.name}</strong>
          {ministry.abbreviation && ` (${ministry.abbreviation})`}
          {ministry.archived && (
            <>
              {' '}
              <Badge tone="neutral">Archived</Badge>
            </>
          )}
        </p>
        {ministry.nativeName && <p className="ministry-admin__native">{ministry.nativeName}</p>}
        {ministry.website && <p className="ministry-admin__website">{ministry.website}</p>}
        <div className="button-group button-group--compact">
          <Button variant="secondary" aria-expanded={editing} onClick={() => setEditing(!editing)}>
            {editing ? 'Close' : 'Edit'}
            <span className="visually-hidden"> {ministry.name}</span>
          </Button>
          <Button
            variant={ministry.archived ? 'secondary' : 'warning'}
            pending={update.isPending && update.variables.body.archived !== undefined}
            pendingLabel="Saving…"
            onClick={() => setArchived(!ministry.archived)}
          >
            {ministry.archived ? 'Restore' : 'Archive'}
            <span className="visually-hidden"> {ministry.name}</span>
          </Button>
        </div>
      </div>
      {editing && (
        <MinistryForm
          id={`ministry-${ministry.id}`}
          ministry={ministry}
          schema={UpdateMinistryRequest}
          submitLabel="Save the ministry"
          submit={async (body) => {
            await update.mutateAsync({ id: ministry.id, body });
            setEditing(false);
            onMessage({ tone: 'success', text: `${body.name ?? ministry.name} has been saved.` });
          }}
        />
      )}
    </li>
  );
}

function NewMinistry({ code, onAdded }: { code: string; onAdded(name: string): void }) {
  const create = useCreateMinistry(code);
  const [formKey, setFormKey] = useState(0);
  return (
    <div className="section">
      <h3>Add a ministry</h3>
      <MinistryForm
        key={formKey}
        id="new-ministry"
        schema={CreateMinistryRequest}
        submitLabel="Add the ministry"
        submit={async (body) => {
          const ministry = await create.mutateAsync(body);
          setFormKey((key) => key + 1);
          onAdded(ministry.name);
        }}
      />
    </div>
  );
}

function MinistryForm<R>({
  id,
  ministry,
  schema,
  submitLabel,
  submit,
}: {
  id: string;
  ministry?: Ministry;
  schema: FormSchema<R>;
  submitLabel: string;
  submit(request: R): Promise<void>;
}) {
  const form = useForm({
    id,
    initialValues: {
      name: ministry?.name ?? '',
      nativeName: ministry?.nativeName ?? '',
      abbreviation: ministry?.abbreviation ?? '',
      website: ministry?.website ?? '',
    },
    fields: {
      name: { label: 'Name in English', required: 'Enter the name of the ministry in English' },
      nativeName: { label: 'Native name' },
      abbreviation: { label: 'Abbreviation' },
      website: { label: 'Website', invalid: 'Enter the website as a full address, like https://example.org' },
    },
    schema,
    onSubmit: (request) => submit(request),
  });
  return (
    <>
      <ErrorSummary {...form.summary} />
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <TextField {...form.field('name')} autoComplete="off" />
        <TextField {...form.field('nativeName')} optional autoComplete="off" />
        <TextField {...form.field('abbreviation')} optional autoComplete="off" width="short" />
        <TextField {...form.field('website')} optional type="url" autoComplete="off" spellCheck={false} />
        <SubmitButton pending={form.pending} pendingLabel="Saving…">
          {submitLabel}
        </SubmitButton>
      </form>
    </>
  );
}
