import { PasswordResetConfirmRequest } from '@egcc/contracts';
import { Link, useNavigate } from 'react-router';
import { ApiError, describeError } from '../../../shared/api/client';
import { useLinkToken } from '../../../shared/session/link-token';
import { formatDateTime } from '../../../shared/ui/format';
import { ErrorSummary, NewPasswordHint, PasswordField, SubmitButton, useForm } from '../../../shared/ui/form';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useConfirmPasswordReset } from '../api/confirm-password-reset';
import { type ResetLinkPreview, usePasswordReset } from '../api/inspect-password-reset';

/** The page an e-mailed reset link opens: "/reset-password#token=…". */
export function ResetPasswordPage() {
  const token = useLinkToken();
  if (!token)
    return (
      <LinkProblem message="This address has no reset link in it. Open the link from your e-mail again, or ask for a new one." />
    );
  return <WithToken token={token} />;
}

function WithToken({ token }: { token: string }) {
  const preview = usePasswordReset(token);
  if (preview.isPending) return <Checking />;
  if (preview.isError) return <LinkProblem message={describeError(preview.error)} />;
  return <ChoosePassword token={token} preview={preview.data} />;
}

function Checking() {
  usePageTitle('Checking your link');
  return (
    <article className="page page--narrow">
      <h1>Choose a new password</h1>
      <p role="status">Checking your link…</p>
    </article>
  );
}

/** The link expired, was used, or is not one of ours: say which, and what to do. */
function LinkProblem({ message }: { message: string }) {
  usePageTitle('This link cannot be used');
  return (
    <article className="page page--narrow">
      <h1>This link cannot be used</h1>
      <p className="lead">{message}</p>
      <p>
        <Link to="/forgot-password" className="button">
          Ask for a new link
        </Link>
      </p>
      <p>
        <Link to="/sign-in">Back to sign in</Link>
      </p>
    </article>
  );
}

function ChoosePassword({ token, preview }: { token: string; preview: ResetLinkPreview }) {
  usePageTitle('Choose a new password');
  const navigate = useNavigate();
  const confirm = useConfirmPasswordReset();
  const form = useForm({
    id: 'reset-password',
    initialValues: { password: '' },
    fields: { password: { label: 'New password', required: 'Enter a new password' } },
    toRequest: (values) => ({ token, password: values.password }),
    schema: PasswordResetConfirmRequest,
    onSubmit: async (request) => {
      await confirm.mutateAsync(request);
      await navigate('/sign-in', {
        replace: true,
        state: {
          email: preview.email,
          flash:
            'Your password has been changed, and any other sign-ins have ended. Sign in with your new password.',
        },
      });
    },
    onError: (error) => {
      // Used up or expired while the page was open: the whole page says so.
      if (error instanceof ApiError && error.status === 404) {
        form.fail(`${describeError(error)}`);
        return true;
      }
      return false;
    },
  });

  return (
    <article className="page page--narrow">
      <h1>Choose a new password</h1>
      <p className="lead">
        For the account <strong>{preview.email}</strong>. This link works until{' '}
        {formatDateTime(preview.expiresAt)}.
      </p>
      <ErrorSummary {...form.summary} />
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        {/* Lets password managers file the new password under the right account. */}
        <input type="email" name="username" autoComplete="username" value={preview.email} readOnly hidden />
        <PasswordField {...form.field('password')} autoComplete="new-password" hint={<NewPasswordHint />} />
        <SubmitButton pending={form.pending} pendingLabel="Saving…">
          Save the new password
        </SubmitButton>
      </form>
    </article>
  );
}
