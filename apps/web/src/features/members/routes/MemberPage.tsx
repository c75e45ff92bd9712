import { type MemberDetail, type Role, UpdateMemberRequest } from '@egcc/contracts';
import { member as memberSubject } from '@egcc/policy';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { describeError } from '../../../shared/api/client';
import { delegationsQuery, useDelegationsSuspense } from '../../../shared/api/get-delegations';
import type { LoaderFactory } from '../../../shared/api/loader';
import { useAbility } from '../../../shared/session/ability';
import { useMemberTimeZone, useSession } from '../../../shared/session/session';
import { Badge } from '../../../shared/ui/Badge';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { Button, DateField, ErrorSummary, SubmitButton, TextField, useForm } from '../../../shared/ui/form';
import { formatDate, formatDateTime } from '../../../shared/ui/format';
import { rolesText, USER_STATUS } from '../../../shared/ui/labels';
import { Notice } from '../../../shared/ui/Notice';
import { placementErrors, PlacementFields } from '../../../shared/ui/PlacementFields';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useDeactivateMember } from '../api/deactivate-member';
import { memberQuery, useMember } from '../api/get-member';
import { useReactivateMember } from '../api/reactivate-member';
import { useUpdateMember } from '../api/update-member';

export const memberLoader: LoaderFactory =
  (queryClient) =>
  async ({ params }) => {
    await Promise.all([
      queryClient.ensureQueryData(memberQuery(params['id'] ?? '')),
      queryClient.ensureQueryData(delegationsQuery()),
    ]);
    return null;
  };

/** One member, for the secretariat: their details, roles and placement, and their access. */
export function MemberPage() {
  const { id = '' } = useParams();
  const { data: member } = useMember(id);
  const timeZone = useMemberTimeZone();
  usePageTitle(member.name);
  const status = USER_STATUS[member.status];

  return (
    <article className="page">
      <p className="breadcrumbs">
        <Link to="/admin/members">Members</Link>
      </p>
      <h1>{member.name}</h1>
      <dl className="summary-list">
        <div>
          <dt>E-mail address</dt>
          <dd>
            <a href={`mailto:${member.email}`}>{member.email}</a>
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <Badge tone={status.tone}>{status.label}</Badge>
            {member.deactivatedAt && ` since ${formatDateTime(member.deactivatedAt, timeZone)}`}
          </dd>
        </div>
        <div>
          <dt>Last signed in</dt>
          <dd>{member.lastSignInAt ? formatDateTime(member.lastSignInAt, timeZone) : 'Never'}</dd>
        </div>
        <div>
          <dt>Two-factor sign-in</dt>
          <dd>{member.twoFactorEnabled ? 'On' : 'Off'}</dd>
        </div>
        <div>
          <dt>Member since</dt>
          <dd>{formatDate(member.createdAt)}</dd>
        </div>
      </dl>
      <EditForm member={member} />
      <Access member={member} />
    </article>
  );
}

function EditForm({ member }: { member: MemberDetail }) {
  const { data: delegations } = useDelegationsSuspense();
  const ability = useAbility();
  const { data: session } = useSession();
  const update = useUpdateMember(member.id);
  const [saved, setSaved] = useState(false);
  const subject = memberSubject({ id: member.id, delegationId: member.delegation?.id ?? null });
  const mayChangeRoles = ability.can('changeRoles', subject);
  const isSelf = session?.member.id === member.id;

  const form = useForm({
    id: 'member',
    initialValues: {
      name: member.name,
      title: member.title ?? '',
      roles: member.roles as string[],
      delegationId: member.delegation?.id ?? '',
      ministryId: member.ministry?.id ?? '',
      appointedOn: member.appointedOn ?? '',
      termEndsOn: member.termEndsOn ?? '',
    },
    fields: {
      name: { label: 'Full name', required: 'Enter the full name' },
      title: { label: 'Job title' },
      roles: { label: 'Roles', required: 'Choose at least one role' },
      delegationId: { label: 'Delegation' },
      ministryId: { label: 'Ministry' },
      appointedOn: { label: 'Appointed on', invalid: 'Enter the date of appointment as a full date' },
      termEndsOn: { label: 'Term ends on', invalid: 'Enter the end of the term as a full date' },
    },
    validate: (values) => ({
      ...placementErrors(values, delegations, { requireActiveDelegation: false }),
      termEndsOn:
        values.appointedOn && values.termEndsOn && values.termEndsOn < values.appointedOn
          ? 'Term ends on must be after the date of appointment'
          : undefined,
    }),
    toRequest: (values) => ({
      name: values.name,
      title: values.title,
      ...(mayChangeRoles ? { roles: values.roles as Role[] } : {}),
      delegationId: values.delegationId || null,
      ministryId: values.ministryId || null,
      appointedOn: values.appointedOn || null,
      termEndsOn: values.termEndsOn || null,
    }),
    schema: UpdateMemberRequest,
    onSubmit: async (request) => {
      setSaved(false);
      await update.mutateAsync(request);
      setSaved(true);
    },
  });

  return (
    <section aria-labelledby="edit-heading" className="section">
      <h2 id="edit-heading">Details, roles and placement</h2>
      {saved && (
        <Notice tone="success" live>
          <p>The changes have been saved.</p>
        </Notice>
      )}
      <ErrorSummary {...form.summary} />
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <TextField {...form.field('name')} autoComplete="off" />
        <TextField {...form.field('title')} optional autoComplete="off" />
        <PlacementFields
          roles={form.field('roles')}
          delegationId={form.field('delegationId')}
          ministryId={form.field('ministryId')}
          delegations={delegations}
          requireActiveDelegation={false}
          rolesLocked={
            mayChangeRoles
              ? undefined
              : isSelf
                ? `You cannot change your own roles (${rolesText(member.roles)}): another administrator can.`
                : 'You may not change the roles of this member.'
          }
        />
        <div className="field-row">
          <DateField {...form.field('appointedOn')} optional />
          <DateField {...form.field('termEndsOn')} optional />
        </div>
        <SubmitButton pending={form.pending} pendingLabel="Saving…">
          Save changes
        </SubmitButton>
      </form>
    </section>
  );
}

function Access({ member }: { member: MemberDetail }) {
  const ability = useAbility();
  const subject = memberSubject({ id: member.id, delegationId: member.delegation?.id ?? null });
  const deactivate = useDeactivateMember(member.id);
  const reactivate = useReactivateMember(member.id);
  const [confirming, setConfirming] = useState<'deactivate' | 'reactivate' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const action = confirming === 'reactivate' ? reactivate : deactivate;

  const confirm = () =>
    action.mutate(undefined, {
      onSuccess: () => {
        setDone(
          confirming === 'reactivate'
            ? `${member.name} has been reactivated and can sign in again.`
            : `${member.name} has been deactivated and signed out everywhere.`,
        );
        setConfirming(null);
      },
    });

  return (
    <section aria-labelledby="access-heading" className="section">
      <h2 id="access-heading">Access</h2>
      <div aria-live="polite">
        {done && (
          <Notice tone="success">
            <p>{done}</p>
          </Notice>
        )}
      </div>
      {member.status === 'INVITED' && (
        <p>
          {member.name} has not accepted the invitation yet. See{' '}
          <Link to="/admin/invitations">invitations</Link> to send it again or withdraw it.
        </p>
      )}
      {member.status === 'ACTIVE' &&
        (ability.can('deactivate', subject) ? (
          <>
            <p>
              Deactivating ends all of {member.name}&apos;s sessions and stops them signing in. What they
              wrote stays, attributed to them. You can reactivate them later.
            </p>
            <Button variant="warning" onClick={() => setConfirming('deactivate')}>
              Deactivate {member.name}
            </Button>
          </>
        ) : (
          <p>You cannot deactivate your own account.</p>
        ))}
      {member.status === 'DEACTIVATED' && ability.can('reactivate', subject) && (
        <>
          <p>{member.name} cannot sign in. Reactivating lets them sign in again with their password.</p>
          <Button onClick={() => setConfirming('reactivate')}>Reactivate {member.name}</Button>
        </>
      )}
      <ConfirmDialog
        open={confirming !== null}
        title={confirming === 'reactivate' ? `Reactivate ${member.name}?` : `Deactivate ${member.name}?`}
        confirmLabel={confirming === 'reactivate' ? 'Reactivate' : 'Deactivate'}
        pendingLabel={confirming === 'reactivate' ? 'Reactivating…' : 'Deactivating…'}
        tone={confirming === 'reactivate' ? 'primary' : 'warning'}
        pending={action.isPending}
        error={action.isError ? describeError(action.error) : null}
        onConfirm={confirm}
        onCancel={() => {
          action.reset();
          setConfirming(null);
        }}
      >
        <p>
          {confirming === 'reactivate'
            ? `${member.name} will be able to sign in again.`
            : `${member.name} will be signed out at once and will not be able to sign in until reactivated.`}
        </p>
      </ConfirmDialog>
    </section>
  );
}
