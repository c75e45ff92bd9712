import { ChangePasswordRequest, UpdateProfileRequest } from '@egcc/contracts';
import { useMemo, useState } from 'react';
import type { LoaderFactory } from '../../../shared/api/loader';
import {
  ErrorSummary,
  NewPasswordHint,
  PasswordField,
  SelectField,
  SubmitButton,
  TextField,
  useForm,
} from '../../../shared/ui/form';
import { rolesText } from '../../../shared/ui/labels';
import { Notice } from '../../../shared/ui/Notice';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useChangePassword } from '../api/change-password';
import { meQuery, useMe } from '../api/get-me';
import { useUpdateMe } from '../api/update-me';
import { ProfileNav } from '../components/ProfileNav';
import { timeZoneOptions } from '../components/time-zones';

export const profileLoader: LoaderFactory = (queryClient) => async () => {
  await queryClient.ensureQueryData(meQuery());
  return null;
};

/** The member's own details and password. */
export function ProfilePage() {
  usePageTitle('Your profile');
  const { data: me } = useMe();
  return (
    <article className="page">
      <h1>Your profile</h1>
      <ProfileNav />
      <dl className="summary-list">
        <div>
          <dt>E-mail address</dt>
          <dd>
            {me.email}
            <span className="summary-list__hint">To change it, contact the secretariat.</span>
          </dd>
        </div>
        <div>
          <dt>Role</dt>
          <dd>{rolesText(me.roles)}</dd>
        </div>
        <div>
          <dt>Delegation</dt>
          <dd>
            {me.delegation?.name ?? 'None'}
            {me.ministry && `, ${me.ministry.name}`}
          </dd>
        </div>
      </dl>
      <DetailsForm />
      <PasswordForm />
    </article>
  );
}

function DetailsForm() {
  const { data: me } = useMe();
  const update = useUpdateMe();
  const [saved, setSaved] = useState(false);
  const zones = useMemo(() => timeZoneOptions(me.timeZone), [me.timeZone]);
  const form = useForm({
    id: 'profile',
    initialValues: { name: me.name, title: me.title ?? '', timeZone: me.timeZone },
    fields: {
      name: { label: 'Full name', required: 'Enter your full name' },
      title: { label: 'Job title' },
      timeZone: { label: 'Time zone', required: 'Choose your time zone' },
    },
    schema: UpdateProfileRequest,
    onSubmit: async (request) => {
      setSaved(false);
      await update.mutateAsync(request);
      setSaved(true);
    },
  });
  return (
    <section aria-labelledby="details-heading" className="section">
      <h2 id="details-heading">Your details</h2>
      {saved && (
        <Notice tone="success" live>
          <p>Your details have been saved.</p>
        </Notice>
      )}
      <ErrorSummary {...form.summary} />
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <TextField {...form.field('name')} autoComplete="name" hint="As other members should see it." />
        <TextField
          {...form.field('title')}
          optional
          autoComplete="organization-title"
          hint="For example, Senior Adviser, Department of Child Welfare."
        />
        <SelectField
          {...form.field('timeZone')}
          options={zones}
          hint="Meeting times and other dates are shown in this time zone."
        />
        <SubmitButton pending={form.pending} pendingLabel="Saving…">
          Save your details
        </SubmitButton>
      </form>
    </section>
  );
}

function PasswordForm() {
  const { data: me } = useMe();
  const change = useChangePassword();
  const [changed, setChanged] = useState(false);
  const form = useForm({
    id: 'change-password',
    initialValues: { currentPassword: '', newPassword: '' },
    fields: {
      currentPassword: { label: 'Current password', required: 'Enter your current password' },
      newPassword: { label: 'New password', required: 'Enter a new password' },
    },
    schema: ChangePasswordRequest,
    onSubmit: async (request) => {
      setChanged(false);
      await change.mutateAsync(request);
      form.setValues({ currentPassword: '', newPassword: '' });
      setChanged(true);
    },
  });
  return (
    <section aria-labelledby="password-heading" className="section">
      <h2 id="password-heading">Change your password</h2>
      {changed && (
        <Notice tone="success" live>
          <p>Your password has been changed. You have been signed out on every other device.</p>
        </Notice>
      )}
      <ErrorSummary {...form.summary} />
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <input type="email" name="username" autoComplete="username" value={me.email} readOnly hidden />
        <PasswordField {...form.field('currentPassword')} autoComplete="current-password" />
        <PasswordField
          {...form.field('newPassword')}
          autoComplete="new-password"
          hint={<NewPasswordHint />}
        />
        <SubmitButton pending={form.pending} pendingLabel="Changing…">
          Change your password
        </SubmitButton>
      </form>
    </section>
  );
}
