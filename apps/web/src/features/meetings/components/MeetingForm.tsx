import { CreateMeetingRequest, type MeetingDetail, UpdateMeetingRequest } from '@egcc/contracts';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useDelegationsSuspense } from '../../../shared/api/get-delegations';
import { idempotencyKeys } from '../../../shared/api/idempotency';
import { ErrorSummary, SelectField, SubmitButton, TextField, useForm } from '../../../shared/ui/form';
import { MarkdownEditor } from '../../../shared/ui/markdown/MarkdownEditor';
import type { FlashState } from '../../../shared/ui/Notice';
import { useCreateMeeting } from '../api/create-meeting';
import { useUpdateMeeting } from '../api/update-meeting';
import { instantToZonedLocal, meetingTimes, viewerTimeZone, zonedLocalToInstant } from './meeting-time';
import { TimeZoneField } from './TimeZoneField';
import { useViewerZone } from './use-viewer-zone';

export interface MeetingFormValues extends Record<string, unknown> {
  title: string;
  description: string;
  /** Wall-clock "YYYY-MM-DDTHH:mm" in `timeZone`. */
  startsAt: string;
  endsAt: string;
  timeZone: string;
  place: string;
  onlineUrl: string;
  hostDelegationId: string;
}

const FIELDS = {
  title: { label: 'Title', required: 'Enter the meeting’s title' },
  description: { label: 'Description' },
  startsAt: { label: 'Starts', required: 'Enter when the meeting starts' },
  endsAt: { label: 'Ends', required: 'Enter when the meeting ends' },
  timeZone: { label: 'Time zone', required: 'Choose the time zone the meeting is held in' },
  place: { label: 'Place' },
  onlineUrl: { label: 'Online meeting link' },
  hostDelegationId: { label: 'Host delegation' },
};

export function emptyMeetingValues(zone = viewerTimeZone()): MeetingFormValues {
  return {
    title: '',
    description: '',
    startsAt: '',
    endsAt: '',
    timeZone: zone,
    place: '',
    onlineUrl: '',
    hostDelegationId: '',
  };
}

export function meetingValues(meeting: MeetingDetail): MeetingFormValues {
  return {
    title: meeting.title,
    description: meeting.description.markdown,
    startsAt: instantToZonedLocal(meeting.startsAt, meeting.timeZone),
    endsAt: instantToZonedLocal(meeting.endsAt, meeting.timeZone),
    timeZone: meeting.timeZone,
    place: meeting.place ?? '',
    onlineUrl: meeting.onlineUrl ?? '',
    hostDelegationId: meeting.hostDelegation?.id ?? '',
  };
}

/** The form's values as the API's request: local times become instants in the chosen zone. */
export function toMeetingRequest(values: MeetingFormValues) {
  const instant = (local: string) =>
    local ? (zonedLocalToInstant(local, values.timeZone) ?? local) : undefined;
  return {
    title: values.title,
    description: values.description,
    startsAt: instant(values.startsAt),
    endsAt: instant(values.endsAt),
    timeZone: values.timeZone,
    place: values.place.trim() || null,
    onlineUrl: values.onlineUrl.trim() || null,
    hostDelegationId: values.hostDelegationId || null,
  };
}

/** Only what changed, so an unchanged meeting does not update members' calendars. */
function changedFields(
  request: ReturnType<typeof toMeetingRequest>,
  before: ReturnType<typeof toMeetingRequest>,
) {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(request) as (keyof typeof request)[]) {
    if (request[key] !== before[key]) changes[key] = request[key];
  }
  return changes;
}

/** Schedules a meeting, or changes one (`meeting` given). */
export function MeetingForm({ meeting }: { meeting?: MeetingDetail }) {
  const { data: delegations } = useDelegationsSuspense();
  const navigate = useNavigate();
  const [keys] = useState(idempotencyKeys);
  const create = useCreateMeeting();
  const update = useUpdateMeeting(meeting?.id ?? '');
  const viewerZone = useViewerZone();
  const [initial] = useState(() => (meeting ? meetingValues(meeting) : emptyMeetingValues(viewerZone)));

  const form = useForm<MeetingFormValues, Record<string, unknown>>({
    id: meeting ? 'edit-meeting' : 'new-meeting',
    initialValues: initial,
    fields: FIELDS,
    toRequest: (values) =>
      meeting ? changedFields(toMeetingRequest(values), toMeetingRequest(initial)) : toMeetingRequest(values),
    schema: meeting ? UpdateMeetingRequest : CreateMeetingRequest,
    validate: (values) => {
      const errors: Partial<Record<keyof MeetingFormValues, string>> = {};
      if (values.startsAt && !zonedLocalToInstant(values.startsAt, values.timeZone)) {
        errors.startsAt = 'Enter the start as a date and time';
      }
      if (values.endsAt && !zonedLocalToInstant(values.endsAt, values.timeZone)) {
        errors.endsAt = 'Enter the end as a date and time';
      }
      if (!values.place.trim() && !values.onlineUrl.trim()) {
        errors.place = 'Give a place, an online link, or both';
      }
      return errors;
    },
    onSubmit: async (request) => {
      if (meeting) {
        if (Object.keys(request).length > 0) await update.mutateAsync(request as UpdateMeetingRequest);
        const state: FlashState = { flash: 'The meeting is saved.' };
        await navigate(`/meetings/${meeting.id}`, { state });
        return;
      }
      const body = request as CreateMeetingRequest;
      const created = await create.mutateAsync({ body, idempotencyKey: keys.keyFor(body) });
      keys.done();
      const state: FlashState = {
        flash: 'The meeting is scheduled. Build its agenda below, then publish it.',
      };
      await navigate(`/meetings/${created.id}`, { state });
    },
  });

  const preview = (() => {
    const { startsAt, endsAt, timeZone } = form.values;
    const start = startsAt ? zonedLocalToInstant(startsAt, timeZone) : null;
    const end = endsAt ? zonedLocalToInstant(endsAt, timeZone) : null;
    if (!start || !end || Date.parse(end) <= Date.parse(start)) return null;
    return meetingTimes(start, end, timeZone, viewerZone);
  })();

  return (
    <>
      <ErrorSummary {...form.summary} />
      <form className="form meeting-form" noValidate onSubmit={form.handleSubmit}>
        <TextField {...form.field('title')} hint="For example: 28th meeting of the Expert Group, Tallinn." />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">When</legend>
          <TimeZoneField
            {...form.field('timeZone')}
            hint="The zone the meeting is held in; members also see the time in their own zone."
          />
          <DateTimeField {...form.field('startsAt')} hint="Local time in the chosen zone." />
          <DateTimeField {...form.field('endsAt')} hint="Local time in the chosen zone." />
          {preview && (
            <p className="field__hint" role="status">
              {preview.meeting}
              {preview.viewer && ` · ${preview.viewer}`}
            </p>
          )}
        </fieldset>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">Where</legend>
          <p className="field__hint">A place, an online link, or both.</p>
          <TextField
            {...form.field('place')}
            optional
            hint="Venue and city, e.g. Ministry of Social Affairs, Tallinn."
          />
          <TextField
            {...form.field('onlineUrl')}
            optional
            type="url"
            hint="An https:// link to join online."
            spellCheck={false}
            autoCapitalize="none"
          />
        </fieldset>
        <SelectField
          {...form.field('hostDelegationId')}
          optional
          placeholder="No host delegation"
          options={delegations
            .filter((delegation) => delegation.membershipStatus === 'ACTIVE')
            .map((delegation) => ({ value: delegation.id, label: delegation.name }))}
        />
        <MarkdownEditor {...form.field('description')} optional mentions={false} rows={6} />
        <SubmitButton pending={form.pending} pendingLabel={meeting ? 'Saving…' : 'Scheduling…'}>
          {meeting ? 'Save the meeting' : 'Schedule the meeting'}
        </SubmitButton>
      </form>
    </>
  );
}

/** A date and time of day (the browser's picker; typing works too), without a zone. */
function DateTimeField({
  id,
  name,
  label,
  value,
  error,
  onChange,
  hint,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  hint?: string;
}) {
  return (
    <div className={['field', error && 'field--error'].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <input
        className={['input', 'input--medium', error && 'input--error'].filter(Boolean).join(' ')}
        id={id}
        name={name}
        type="datetime-local"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={
          [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
        }
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
