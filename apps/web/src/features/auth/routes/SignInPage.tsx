import { type CurrentSession, SecondFactorRequest, SignInRequest } from '@egcc/contracts';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { SignInState } from '../../../shared/session/auth-failures';
import { TWO_FACTOR_PATH } from '../../../shared/session/guards';
import { safeNextPath } from '../../../shared/session/next-path';
import { Notice } from '../../../shared/ui/Notice';
import {
  Button,
  ErrorSummary,
  PasswordField,
  SubmitButton,
  TextField,
  useForm,
} from '../../../shared/ui/form';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useSignIn } from '../api/sign-in';
import { useSignInSecondFactor } from '../api/sign-in-second-factor';

/** Where the sign-in page was asked to go, and what it was told (signed out, expired, new password). */
interface IncomingState extends SignInState {
  email?: string;
  flash?: string;
}

/**
 * Signing in: e-mail and password, then, for members who use two-factor sign-in, a code from
 * their authenticator app or one of their recovery codes.
 */
export function SignInPage() {
  const [challenge, setChallenge] = useState<string | null>(null);
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNextPath(searchParams.get('next'));

  const finish = (session: CurrentSession) =>
    navigate(session.twoFactorSetupRequired ? TWO_FACTOR_PATH : next, { replace: true });

  return challenge ? (
    <SecondFactorStep challenge={challenge} onSignedIn={finish} onRestart={() => setChallenge(null)} />
  ) : (
    <PasswordStep onSignedIn={finish} onSecondFactor={setChallenge} />
  );
}

function PasswordStep({
  onSignedIn,
  onSecondFactor,
}: {
  onSignedIn(session: CurrentSession): void;
  onSecondFactor(challenge: string): void;
}) {
  usePageTitle('Sign in');
  const location = useLocation();
  const incoming = (location.state as IncomingState | null) ?? {};
  const signIn = useSignIn();
  const form = useForm({
    id: 'sign-in',
    initialValues: { email: incoming.email ?? '', password: '' },
    fields: {
      email: {
        label: 'E-mail address',
        required: 'Enter your e-mail address',
        invalid: 'Enter an e-mail address in the right format, like name@example.org',
      },
      password: { label: 'Password', required: 'Enter your password' },
    },
    schema: SignInRequest,
    onSubmit: async (request) => {
      const response = await signIn.mutateAsync(request);
      if (response.status === 'signed_in') onSignedIn(response.session);
      else onSecondFactor(response.challenge);
    },
    onError: () => {
      form.setValue('password', '');
      return false;
    },
  });

  return (
    <article className="page page--narrow">
      <h1>Sign in</h1>
      {incoming.reason === 'expired' && (
        <Notice tone="warning">
          <p>Your session has ended. Sign in again to continue where you were.</p>
        </Notice>
      )}
      {incoming.reason === 'signed-out' && (
        <Notice tone="success" live>
          <p>You have signed out.</p>
        </Notice>
      )}
      {incoming.flash && (
        <Notice tone="success" live>
          <p>{incoming.flash}</p>
        </Notice>
      )}
      <p className="lead">The EGCC Portal is for members of the Expert Group and the CBSS Secretariat.</p>
      <ErrorSummary {...form.summary} />
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <TextField {...form.field('email')} type="email" autoComplete="username" spellCheck={false} />
        <PasswordField {...form.field('password')} autoComplete="current-password" />
        <div className="button-group">
          <SubmitButton pending={form.pending} pendingLabel="Signing in…">
            Sign in
          </SubmitButton>
          <Link to="/forgot-password">Forgot your password?</Link>
        </div>
      </form>
      <section className="aside" aria-labelledby="no-account-heading">
        <h2 id="no-account-heading">No account yet?</h2>
        <p>
          Members join by invitation from the Children&apos;s Unit of the CBSS Secretariat. If your ministry
          has appointed you to the group, ask the secretariat to invite you.
        </p>
      </section>
    </article>
  );
}

function SecondFactorStep({
  challenge,
  onSignedIn,
  onRestart,
}: {
  challenge: string;
  onSignedIn(session: CurrentSession): void;
  onRestart(): void;
}) {
  usePageTitle('Enter your sign-in code');
  const [mode, setMode] = useState<'code' | 'recovery'>('code');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const secondFactor = useSignInSecondFactor();

  useEffect(() => {
    // A new step is like a new page: start reading (and tabbing) from its heading.
    headingRef.current?.focus();
  }, []);

  const form = useForm({
    id: 'second-factor',
    initialValues: { code: '', recoveryCode: '' },
    fields: {
      code: {
        label: 'Code from your authenticator app',
        invalid: 'Enter the 6 digits your authenticator app shows, like 123456',
      },
      recoveryCode: {
        label: 'Recovery code',
        invalid: 'Enter a recovery code in the right format, like ABCDE-12345',
      },
    },
    toRequest: (values) =>
      mode === 'code'
        ? { challenge, code: values.code.replace(/\s/g, '') }
        : { challenge, recoveryCode: values.recoveryCode },
    validate: (values) =>
      mode === 'code'
        ? { code: values.code.trim() ? undefined : 'Enter the 6-digit code from your authenticator app' }
        : { recoveryCode: values.recoveryCode.trim() ? undefined : 'Enter one of your recovery codes' },
    schema: SecondFactorRequest,
    onSubmit: async (request) => {
      const response = await secondFactor.mutateAsync(request);
      if (response.status === 'signed_in') onSignedIn(response.session);
    },
    onError: () => {
      form.setValues({ code: '', recoveryCode: '' });
      return false;
    },
  });

  return (
    <article className="page page--narrow">
      <h1 ref={headingRef} tabIndex={-1}>
        Enter your sign-in code
      </h1>
      <p className="lead">Your account uses two-factor sign-in. Your password was right; one more step.</p>
      <ErrorSummary {...form.summary} />
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        {mode === 'code' ? (
          <TextField
            {...form.field('code')}
            hint="Open the authenticator app on your phone and enter the 6-digit code it shows for EGCC Portal."
            inputMode="numeric"
            autoComplete="one-time-code"
            spellCheck={false}
            width="code"
          />
        ) : (
          <TextField
            {...form.field('recoveryCode')}
            hint="One of the codes you saved when you set up two-factor sign-in, like ABCDE-12345. Each works once."
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            width="short"
          />
        )}
        <div className="button-group">
          <SubmitButton pending={form.pending} pendingLabel="Checking…">
            Continue
          </SubmitButton>
          <Button variant="link" onClick={() => setMode(mode === 'code' ? 'recovery' : 'code')}>
            {mode === 'code' ? 'Use a recovery code instead' : 'Use a code from the app instead'}
          </Button>
        </div>
      </form>
      <p>
        Lost your phone and your recovery codes? Contact the Children&apos;s Unit of the CBSS Secretariat.{' '}
        <Button variant="link" onClick={onRestart}>
          Start again
        </Button>
      </p>
    </article>
  );
}
