import { AcceptInvitationRequest, type InvitationPreview } from '@egcc/contracts';
import { Link, useNavigate } from 'react-router';
import { ApiError, describeError } from '../../../shared/api/client';
import { TWO_FACTOR_PATH } from '../../../shared/session/guards';
import { useLinkToken } from '../../../shared/session/link-token';
import { useSession } from '../../../shared/session/session';
import { formatDateTime } from '../../../shared/ui/format';
import { ErrorSummary, NewPasswordHint, PasswordField, SubmitButton, useForm } from '../../../shared/ui/form';
import { rolesText } from '../../../shared/ui/labels';
import { Notice } from '../../../shared/ui/Notice';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useInvitationPreview } from '../api/inspect-invitation';

/** The page an invitation e-mail's link opens: "/accept-invitation#token=…". */
export function AcceptInvitationPage() {
  const token = useLinkToken();
  if (!token) {
    return (
      <LinkProblem message="This address has no invitation in it. Open the link from your invitation e-mail again." />
    );
  }
  return <WithToken token={token} />;
}

function WithToken({ token }: { token: string }) {
  const preview = useInvitationPreview(token);
  if (preview.isPending) return <Checking />;
  if (preview.isError) return <LinkProblem message={describeError(preview.error)} />;
  return <Accept token={token} invitation={preview.data} />;
}

function Checking() {
  usePageTitle('Checking your invitation');
  return (
    <article className="page page--narrow">
      <h1>Accept your invitation</h1>
      <p role="status">Checking your invitation…</p>
    </article>
  );
}

function LinkProblem({ message }: { message: string }) {
  usePageTitle('This invitation cannot be used');
  return (
    <article className="page page--narrow">
      <h1>This invitation cannot be used</h1>
      <p className="lead">{message}</p>
      <p>
        Invitations work once and for a limited time. Ask the Children&apos;s Unit of the CBSS Secretariat to
        send you a new one. If you have accepted it already, <Link to="/sign-in">sign in</Link>.
      </p>
    </article>
  );
}

function Accept({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  usePageTitle('Accept your invitation');
  const navigate = useNavigate();
  const { data: session } = useSession();
  const accept = useAcceptInvitation();
  const form = useForm({
    id: 'accept-invitation',
    initialValues: { password: '' },
    fields: { password: { label: 'New password', required: 'Choose a password' } },
    toRequest: (values) => ({ token, password: values.password }),
    schema: AcceptInvitationRequest,
    onSubmit: async (request) => {
      const response = await accept.mutateAsync(request);
      if (response.status !== 'signed_in') {
        await navigate('/sign-in', { replace: true, state: { email: invitation.email } });
        return;
      }
      await navigate(response.session.twoFactorSetupRequired ? TWO_FACTOR_PATH : '/', {
        replace: true,
        state: { flash: `Welcome to the EGCC Portal, ${response.session.member.name}. You are signed in.` },
      });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 404) {
        form.fail(describeError(error));
        return true;
      }
      return false;
    },
  });

  return (
    <article className="page page--narrow">
      <h1>Accept your invitation</h1>
      <p className="lead">
        Welcome, {invitation.name}. You have been invited to the EGCC Portal, the members&apos; workspace of
        the Expert Group for Cooperation on Children at Risk.
      </p>
      <dl className="summary-list">
        <div>
          <dt>Name</dt>
          <dd>{invitation.name}</dd>
        </div>
        <div>
          <dt>E-mail address</dt>
          <dd>{invitation.email}</dd>
        </div>
        <div>
          <dt>Delegation</dt>
          <dd>{invitation.delegation?.name ?? 'None (CBSS Secretariat or observer)'}</dd>
        </div>
        <div>
          <dt>Role</dt>
          <dd>{rolesText(invitation.roles)}</dd>
        </div>
        <div>
          <dt>Invitation valid until</dt>
          <dd>{formatDateTime(invitation.expiresAt)}</dd>
        </div>
      </dl>
      {session && session.member.email !== invitation.email && (
        <Notice tone="warning">
          <p>
            You are signed in as {session.member.name} ({session.member.email}). Accepting signs you in as{' '}
            {invitation.email} instead.
          </p>
        </Notice>
      )}
      <p>Something not right? Do not accept: tell the secretariat, who will correct it.</p>
      <ErrorSummary {...form.summary} />
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <input
          type="email"
          name="username"
          autoComplete="username"
          value={invitation.email}
          readOnly
          hidden
        />
        <PasswordField {...form.field('password')} autoComplete="new-password" hint={<NewPasswordHint />} />
        <SubmitButton pending={form.pending} pendingLabel="Setting up your account…">
          Accept and sign in
        </SubmitButton>
      </form>
    </article>
  );
}
