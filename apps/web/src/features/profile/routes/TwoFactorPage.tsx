import { TotpConfirmRequest, TotpEnableRequest, type TotpSetupResponse } from '@egcc/contracts';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { LoaderFactory } from '../../../shared/api/loader';
import { useSession } from '../../../shared/session/session';
import { Badge } from '../../../shared/ui/Badge';
import { CopyButton } from '../../../shared/ui/CopyButton';
import {
  Button,
  ErrorSummary,
  PasswordField,
  SubmitButton,
  TextField,
  useForm,
} from '../../../shared/ui/form';
import { Notice } from '../../../shared/ui/Notice';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useDisableTwoFactor } from '../api/disable-two-factor';
import { useEnableTwoFactor } from '../api/enable-two-factor';
import { meQuery, useMe } from '../api/get-me';
import { useRegenerateRecoveryCodes } from '../api/regenerate-recovery-codes';
import { useSetupTwoFactor } from '../api/setup-two-factor';
import { ProfileNav } from '../components/ProfileNav';
import { RecoveryCodes } from '../components/RecoveryCodes';

export const twoFactorLoader: LoaderFactory = (queryClient) => async () => {
  await queryClient.ensureQueryData(meQuery());
  return null;
};

const CODE_HINT = 'The 6-digit code your authenticator app shows for EGCC Portal now.';

/** Two-factor sign-in: set it up with an authenticator app, keep recovery codes, or turn it off. */
export function TwoFactorPage() {
  usePageTitle('Two-factor sign-in');
  const { data: me } = useMe();
  const { data: session } = useSession();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [turnedOff, setTurnedOff] = useState(false);
  const setupRequired = session?.twoFactorSetupRequired ?? false;

  return (
    <article className="page">
      <h1>Two-factor sign-in</h1>
      {!setupRequired && <ProfileNav />}
      {setupRequired && (
        <Notice tone="warning" title="Set up two-factor sign-in to continue">
          <p>
            The portal requires two-factor sign-in for accounts with your role. Until it is set up, the rest
            of the portal stays closed to you.
          </p>
        </Notice>
      )}
      <p className="lead">
        With two-factor sign-in, signing in needs your password and a code from an app on your phone, so a
        stolen password alone is not enough.
      </p>
      {codes ? (
        <RecoveryCodes codes={codes} email={me.email} onDone={() => setCodes(null)} />
      ) : me.twoFactor.enabled ? (
        <Enabled
          recoveryCodesLeft={me.twoFactor.recoveryCodesLeft}
          required={me.twoFactor.required}
          onNewCodes={setCodes}
          onTurnedOff={() => setTurnedOff(true)}
        />
      ) : (
        <>
          {turnedOff && (
            <Notice tone="success" live>
              <p>Two-factor sign-in is off. You sign in with your password alone.</p>
            </Notice>
          )}
          <SetUp required={me.twoFactor.required} onEnabled={setCodes} />
        </>
      )}
    </article>
  );
}

function SetUp({ required, onEnabled }: { required: boolean; onEnabled(codes: string[]): void }) {
  const setup = useSetupTwoFactor();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (setup.data) headingRef.current?.focus();
  }, [setup.data]);

  return (
    <>
      <p>
        Status: <Badge tone="neutral">Off</Badge>
        {required && ' It is required for your role.'}
      </p>
      <section aria-labelledby="setup-heading" className="section">
        <h2 id="setup-heading">Set it up</h2>
        <p>
          You need an authenticator app on your phone, such as Microsoft Authenticator, Google Authenticator,
          FreeOTP or the one in your password manager. It takes about two minutes.
        </p>
        {!setup.data && (
          <>
            {setup.isError && (
              <Notice tone="error" live>
                <p>{setup.error.message}</p>
              </Notice>
            )}
            <Button pending={setup.isPending} pendingLabel="Starting…" onClick={() => setup.mutate()}>
              Set up two-factor sign-in
            </Button>
          </>
        )}
      </section>
      {setup.data && (
        <section aria-labelledby="scan-heading" className="section">
          <h2 id="scan-heading" ref={headingRef} tabIndex={-1}>
            Add the portal to your app
          </h2>
          <ol className="steps">
            <li>
              <p>In your authenticator app, choose to add an account, then scan this QR code:</p>
              <img
                className="qr-code"
                src={setup.data.qrCode}
                alt="QR code for adding the EGCC Portal to an authenticator app"
                width={240}
                height={240}
              />
              <SecretKey setup={setup.data} />
            </li>
            <li>
              <p>Enter the code the app then shows, to confirm it works.</p>
              <ConfirmForm onEnabled={onEnabled} />
            </li>
          </ol>
        </section>
      )}
    </>
  );
}

function SecretKey({ setup }: { setup: TotpSetupResponse }) {
  const grouped = setup.secret.match(/.{1,4}/g)?.join(' ') ?? setup.secret;
  return (
    <details className="details">
      <summary>Cannot scan the code?</summary>
      <p>Enter this key in your app instead (spaces do not matter). Choose a time-based code.</p>
      <p>
        <code className="secret-key">{grouped}</code>
      </p>
      <CopyButton text={setup.secret} label="Copy the key" what="Key" />
    </details>
  );
}

function ConfirmForm({ onEnabled }: { onEnabled(codes: string[]): void }) {
  const enable = useEnableTwoFactor();
  const form = useForm({
    id: 'enable-two-factor',
    initialValues: { code: '' },
    fields: {
      code: {
        label: 'Code from your app',
        required: 'Enter the 6-digit code from your authenticator app',
        invalid: 'Enter the 6 digits your authenticator app shows, like 123456',
      },
    },
    toRequest: (values) => ({ code: values.code.replace(/\s/g, '') }),
    schema: TotpEnableRequest,
    onSubmit: async (request) => {
      const { recoveryCodes } = await enable.mutateAsync(request);
      onEnabled(recoveryCodes);
    },
  });
  return (
    <>
      <ErrorSummary {...form.summary} />
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <TextField
          {...form.field('code')}
          hint={CODE_HINT}
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          width="code"
        />
        <SubmitButton pending={form.pending} pendingLabel="Checking…">
          Turn on two-factor sign-in
        </SubmitButton>
      </form>
    </>
  );
}

function Enabled({
  recoveryCodesLeft,
  required,
  onNewCodes,
  onTurnedOff,
}: {
  recoveryCodesLeft: number;
  required: boolean;
  onNewCodes(codes: string[]): void;
  onTurnedOff(): void;
}) {
  const regenerate = useRegenerateRecoveryCodes();
  const disable = useDisableTwoFactor();
  return (
    <>
      <p>
        Status: <Badge tone="success">On</Badge> You have {recoveryCodesLeft} unused recovery code
        {recoveryCodesLeft === 1 ? '' : 's'}.
      </p>
      {recoveryCodesLeft <= 3 && (
        <Notice tone="warning">
          <p>You are running out of recovery codes. Make new ones below.</p>
        </Notice>
      )}
      <PasswordAndCodeForm
        id="recovery-codes"
        heading="Make new recovery codes"
        intro="If you have lost your recovery codes or used most of them, make new ones. The old ones stop working."
        submitLabel="Make new recovery codes"
        submit={async (request) => onNewCodes((await regenerate.mutateAsync(request)).recoveryCodes)}
      />
      {required ? (
        <section aria-labelledby="turn-off-heading" className="section">
          <h2 id="turn-off-heading">Turn off two-factor sign-in</h2>
          <p>
            The portal requires two-factor sign-in for accounts with your role, so it cannot be turned off. To
            move to a new phone, ask the secretariat, or sign in with a recovery code and set it up again
            after they reset it.
          </p>
        </section>
      ) : (
        <PasswordAndCodeForm
          id="turn-off"
          heading="Turn off two-factor sign-in"
          intro="You will sign in with your password alone. To move to a new phone, turn it off here, then set it up again."
          submitLabel="Turn off two-factor sign-in"
          variant="warning"
          submit={async (request) => {
            await disable.mutateAsync(request);
            onTurnedOff();
          }}
        />
      )}
      <p>
        <Link to="/profile/sessions">See where you are signed in</Link>
      </p>
    </>
  );
}

function PasswordAndCodeForm({
  id,
  heading,
  intro,
  submitLabel,
  variant,
  submit,
}: {
  id: string;
  heading: string;
  intro: string;
  submitLabel: string;
  variant?: 'warning';
  submit(request: TotpConfirmRequest): Promise<void>;
}) {
  const form = useForm({
    id,
    initialValues: { password: '', code: '' },
    fields: {
      password: { label: 'Your password', required: 'Enter your password' },
      code: {
        label: 'Code from your app',
        required: 'Enter the 6-digit code from your authenticator app',
        invalid: 'Enter the 6 digits your authenticator app shows, like 123456',
      },
    },
    toRequest: (values) => ({ password: values.password, code: values.code.replace(/\s/g, '') }),
    schema: TotpConfirmRequest,
    onSubmit: async (request) => {
      await submit(request);
      form.setValues({ password: '', code: '' });
    },
  });
  return (
    <section aria-labelledby={`${id}-heading`} className="section">
      <h2 id={`${id}-heading`}>{heading}</h2>
      <p>{intro}</p>
      <ErrorSummary {...form.summary} />
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <PasswordField {...form.field('password')} autoComplete="current-password" />
        <TextField
          {...form.field('code')}
          hint={CODE_HINT}
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          width="code"
        />
        <SubmitButton pending={form.pending} variant={variant} pendingLabel="Please wait…">
          {submitLabel}
        </SubmitButton>
      </form>
    </section>
  );
}
