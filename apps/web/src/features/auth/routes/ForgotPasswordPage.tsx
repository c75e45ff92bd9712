import { PasswordResetRequest } from '@egcc/contracts';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Button, ErrorSummary, SubmitButton, TextField, useForm } from '../../../shared/ui/form';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useRequestPasswordReset } from '../api/request-password-reset';

/** "Forgot your password?": an e-mailed link to choose a new one. */
export function ForgotPasswordPage() {
  const [sent, setSent] = useState<{ email: string; message: string } | null>(null);
  return sent ? (
    <CheckYourEmail email={sent.email} message={sent.message} onAgain={() => setSent(null)} />
  ) : (
    <RequestForm onSent={(email, message) => setSent({ email, message })} />
  );
}

function RequestForm({ onSent }: { onSent(email: string, message: string): void }) {
  usePageTitle('Reset your password');
  const request = useRequestPasswordReset();
  const form = useForm({
    id: 'forgot-password',
    initialValues: { email: '' },
    fields: {
      email: {
        label: 'E-mail address',
        required: 'Enter your e-mail address',
        invalid: 'Enter an e-mail address in the right format, like name@example.org',
      },
    },
    schema: PasswordResetRequest,
    onSubmit: async (body) => {
      const answer = await request.mutateAsync(body);
      onSent(body.email, answer.message);
    },
  });
  return (
    <article className="page page--narrow">
      <h1>Reset your password</h1>
      <p className="lead">
        Enter the e-mail address you sign in with. We will send you a link to choose a new password.
      </p>
      <ErrorSummary {...form.summary} />
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <TextField {...form.field('email')} type="email" autoComplete="username" spellCheck={false} />
        <div className="button-group">
          <SubmitButton pending={form.pending} pendingLabel="Sending…">
            Send the link
          </SubmitButton>
          <Link to="/sign-in">Back to sign in</Link>
        </div>
      </form>
    </article>
  );
}

function CheckYourEmail({ email, message, onAgain }: { email: string; message: string; onAgain(): void }) {
  usePageTitle('Check your e-mail');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <article className="page page--narrow">
      <h1 ref={headingRef} tabIndex={-1}>
        Check your e-mail
      </h1>
      <div className="panel panel--confirmation" role="status">
        <p>
          We have had your request for <strong>{email}</strong>.
        </p>
        <p>{message}</p>
      </div>
      <p>
        Nothing after a few minutes? Look in your spam or junk folder, check the address, or{' '}
        <Button variant="link" onClick={onAgain}>
          ask for another link
        </Button>
        .
      </p>
      <p>
        <Link to="/sign-in">Back to sign in</Link>
      </p>
    </article>
  );
}
