import { CreateInvitationRequest } from '@egcc/contracts';
import { Link, useNavigate } from 'react-router';
import { delegationsQuery, useDelegationsSuspense } from '../../../shared/api/get-delegations';
import type { LoaderFactory } from '../../../shared/api/loader';
import { ErrorSummary, SubmitButton, TextField, useForm } from '../../../shared/ui/form';
import type { FlashState } from '../../../shared/ui/Notice';
import { placementErrors, PlacementFields } from '../../../shared/ui/PlacementFields';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useCreateInvitation } from '../api/create-invitation';

export const newInvitationLoader: LoaderFactory = (queryClient) => async () => {
  await queryClient.ensureQueryData(delegationsQuery());
  return null;
};

/** Invites a person: they get an e-mail with a link to choose a password. */
export function NewInvitationPage() {
  usePageTitle('Invite a member');
  const { data: delegations } = useDelegationsSuspense();
  const create = useCreateInvitation();
  const navigate = useNavigate();
  const form = useForm({
    id: 'invitation',
    initialValues: {
      email: '',
      name: '',
      title: '',
      roles: [] as string[],
      delegationId: '',
      ministryId: '',
    },
    fields: {
      email: {
        label: 'E-mail address',
        required: 'Enter the e-mail address of the person to invite',
        invalid: 'Enter an e-mail address in the right format, like name@example.org',
      },
      name: { label: 'Full name', required: 'Enter the full name of the person to invite' },
      title: { label: 'Job title' },
      roles: { label: 'Roles', required: 'Choose at least one role' },
      delegationId: { label: 'Delegation' },
      ministryId: { label: 'Ministry' },
    },
    validate: (values) => placementErrors(values, delegations, { requireActiveDelegation: true }),
    toRequest: (values) => ({
      ...values,
      delegationId: values.delegationId || null,
      ministryId: values.ministryId || null,
    }),
    schema: CreateInvitationRequest,
    onSubmit: async (request) => {
      const invitation = await create.mutateAsync(request);
      const state: FlashState = {
        flash: `Invitation sent to ${invitation.email}. The link in it works until ${new Date(
          invitation.expiresAt,
        ).toLocaleDateString('en-GB', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
        })}. The message is in the outbox.`,
      };
      await navigate('/admin/invitations', { state });
    },
  });

  return (
    <article className="page page--narrow">
      <p className="breadcrumbs">
        <Link to="/admin/invitations">Invitations</Link>
      </p>
      <h1>Invite a member</h1>
      <p className="lead">
        The person gets an e-mail with a link to choose a password. The link works once, for a limited time;
        you can send it again from the list of invitations.
      </p>
      <ErrorSummary {...form.summary} />
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <TextField
          {...form.field('email')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          hint="Their work address."
        />
        <TextField {...form.field('name')} autoComplete="off" hint="As it should appear in the directory." />
        <TextField {...form.field('title')} optional autoComplete="off" />
        <PlacementFields
          roles={form.field('roles')}
          delegationId={form.field('delegationId')}
          ministryId={form.field('ministryId')}
          delegations={delegations}
          requireActiveDelegation
        />
        <SubmitButton pending={form.pending} pendingLabel="Sending the invitation…">
          Send the invitation
        </SubmitButton>
      </form>
    </article>
  );
}
