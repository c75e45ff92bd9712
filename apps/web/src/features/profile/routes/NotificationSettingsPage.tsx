import type { NotificationDelivery, NotificationKind } from '@egcc/contracts';
import { useState } from 'react';
import { delegationsQuery, useDelegationsSuspense } from '../../../shared/api/get-delegations';
import { referenceQuery, useReference } from '../../../shared/api/get-reference';
import type { LoaderFactory } from '../../../shared/api/loader';
import { CheckboxGroup, ErrorSummary, RadioGroup, SubmitButton, useForm } from '../../../shared/ui/form';
import { NOTIFICATION_DELIVERY, NOTIFICATION_KINDS } from '../../../shared/ui/labels';
import { Notice } from '../../../shared/ui/Notice';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import {
  notificationPreferencesQuery,
  useNotificationPreferences,
} from '../api/get-notification-preferences';
import { tagSubscriptionsQuery, useTagSubscriptions } from '../api/get-tag-subscriptions';
import { useSaveTagFollows } from '../api/save-tag-follows';
import { useUpdateNotificationPreferences } from '../api/update-notification-preferences';
import { ProfileNav } from '../components/ProfileNav';

export const notificationSettingsLoader: LoaderFactory = (queryClient) => async () => {
  await Promise.all([
    queryClient.ensureQueryData(notificationPreferencesQuery()),
    queryClient.ensureQueryData(tagSubscriptionsQuery()),
    queryClient.ensureQueryData(referenceQuery()),
    queryClient.ensureQueryData(delegationsQuery()),
  ]);
  return null;
};

const KINDS = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];
const GROUPS = [...new Set(KINDS.map((kind) => NOTIFICATION_KINDS[kind].group))];
const DELIVERIES = Object.keys(NOTIFICATION_DELIVERY) as NotificationDelivery[];

/** How each kind of notification reaches the member, and the tags they follow. */
export function NotificationSettingsPage() {
  usePageTitle('Notification settings');
  return (
    <article className="page">
      <h1>Notification settings</h1>
      <ProfileNav />
      <p className="lead">
        Everything that concerns you is listed under Notifications in the portal. Choose which also comes by
        e-mail, at once or in a daily digest.
      </p>
      <DeliveryForm />
      <TagFollowsForm />
    </article>
  );
}

function DeliveryForm() {
  const { data } = useNotificationPreferences();
  const update = useUpdateNotificationPreferences();
  const [saved, setSaved] = useState(false);
  const form = useForm({
    id: 'delivery',
    initialValues: Object.fromEntries(
      KINDS.map((kind) => [kind, data.preferences[kind] ?? 'IN_APP']),
    ) as Record<NotificationKind, string>,
    fields: Object.fromEntries(
      KINDS.map((kind) => [kind, { label: NOTIFICATION_KINDS[kind].label }]),
    ) as Record<NotificationKind, { label: string }>,
    onSubmit: async (values) => {
      setSaved(false);
      await update.mutateAsync({ preferences: values as Record<NotificationKind, NotificationDelivery> });
      setSaved(true);
    },
  });
  const options = DELIVERIES.map((delivery) => ({
    value: delivery,
    label: NOTIFICATION_DELIVERY[delivery].label,
  }));
  return (
    <section className="section" aria-labelledby="delivery-heading">
      <h2 id="delivery-heading">How you are told</h2>
      <div role="status">
        {saved && (
          <Notice tone="success">
            <p>Your notification settings are saved.</p>
          </Notice>
        )}
      </div>
      <ErrorSummary {...form.summary} />
      <form className="form form--wide" noValidate onSubmit={form.handleSubmit}>
        {GROUPS.map((group) => (
          <div key={group} className="settings-group">
            <h3 className="settings-group__heading">{group}</h3>
            {KINDS.filter((kind) => NOTIFICATION_KINDS[kind].group === group).map((kind) => (
              <RadioGroup
                key={kind}
                {...form.field(kind)}
                hint={NOTIFICATION_KINDS[kind].description}
                options={options}
                inline
              />
            ))}
          </div>
        ))}
        <SubmitButton pending={form.pending} pendingLabel="Saving…">
          Save the notification settings
        </SubmitButton>
      </form>
    </section>
  );
}

function TagFollowsForm() {
  const { data: follows } = useTagSubscriptions();
  const { data: reference } = useReference();
  const { data: delegations } = useDelegationsSuspense();
  const save = useSaveTagFollows(follows);
  const [saved, setSaved] = useState(false);
  const codes = (kind: 'focusArea' | 'gapKind' | 'delegation') =>
    follows.map((tag) => tag[kind]).filter((code): code is NonNullable<typeof code> => code !== null);
  const form = useForm({
    id: 'tag-follows',
    initialValues: {
      focusAreas: codes('focusArea') as string[],
      gapKinds: codes('gapKind') as string[],
      delegations: codes('delegation') as string[],
    },
    fields: {
      focusAreas: { label: 'Focus areas' },
      gapKinds: { label: 'Gaps' },
      delegations: { label: 'Delegations' },
    },
    onSubmit: async (values) => {
      setSaved(false);
      await save.mutateAsync(values);
      setSaved(true);
    },
  });
  return (
    <section className="section" aria-labelledby="tags-heading">
      <h2 id="tags-heading">Tags you follow</h2>
      <p>
        When someone opens a thread with a tag you follow, you are told (as “New threads with tags you
        follow”).
      </p>
      <div role="status">
        {saved && (
          <Notice tone="success">
            <p>The tags you follow are saved.</p>
          </Notice>
        )}
      </div>
      <ErrorSummary {...form.summary} />
      <form className="form form--wide" noValidate onSubmit={form.handleSubmit}>
        <CheckboxGroup
          {...form.field('focusAreas')}
          options={reference.focusAreas.map((area) => ({ value: area.code, label: area.name }))}
        />
        <CheckboxGroup
          {...form.field('gapKinds')}
          options={reference.gapKinds.map((kind) => ({ value: kind.code, label: kind.name }))}
        />
        <div className="checkbox-columns">
          <CheckboxGroup
            {...form.field('delegations')}
            options={delegations
              .filter(
                (delegation) =>
                  delegation.membershipStatus === 'ACTIVE' || codes('delegation').includes(delegation.code),
              )
              .map((delegation) => ({ value: delegation.code, label: delegation.name }))}
          />
        </div>
        <SubmitButton pending={form.pending} pendingLabel="Saving…">
          Save the tags you follow
        </SubmitButton>
      </form>
    </section>
  );
}
