import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { describeError } from '../../../shared/api/client';
import { delegationsQuery } from '../../../shared/api/get-delegations';
import type { LoaderFactory } from '../../../shared/api/loader';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { Button } from '../../../shared/ui/form';
import { type FlashState, Notice } from '../../../shared/ui/Notice';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useCancelMeeting } from '../api/cancel-meeting';
import { meetingQuery, useMeeting } from '../api/get-meeting';
import { MeetingForm } from '../components/MeetingForm';
import '../components/meetings.css';

export const editMeetingLoader: LoaderFactory =
  (queryClient) =>
  async ({ params }) => {
    await Promise.all([
      queryClient.ensureQueryData(meetingQuery(params['id'] ?? '')),
      queryClient.ensureQueryData(delegationsQuery()),
    ]);
    return null;
  };

/** Changes a meeting's particulars, or cancels it. */
export function EditMeetingPage() {
  const id = useParams()['id'] ?? '';
  const { data: meeting } = useMeeting(id);
  usePageTitle(`Edit: ${meeting.title}`);
  return (
    <article className="page">
      <p className="breadcrumbs">
        <Link to="/meetings">Meetings</Link> / <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
      </p>
      <h1>Edit the meeting</h1>
      {!meeting.actions.edit ? (
        <Notice tone="info">
          <p>
            {meeting.cancelledAt
              ? 'This meeting is cancelled and can no longer be changed.'
              : 'The chair and the secretariat change meetings.'}
          </p>
        </Notice>
      ) : (
        <>
          <p className="lead">
            Members who added the meeting to their calendar get the new time or place when you change them.
          </p>
          <MeetingForm meeting={meeting} />
        </>
      )}
      {meeting.actions.cancel && <CancelMeeting meetingId={meeting.id} title={meeting.title} />}
    </article>
  );
}

function CancelMeeting({ meetingId, title }: { meetingId: string; title: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const cancel = useCancelMeeting(meetingId);
  const navigate = useNavigate();
  return (
    <section className="meeting-section" aria-labelledby="cancel-meeting-heading">
      <h2 id="cancel-meeting-heading">Cancel the meeting</h2>
      <p>The meeting stays listed as cancelled; members are told and their calendars update.</p>
      <Button variant="warning" onClick={() => setOpen(true)}>
        Cancel the meeting…
      </Button>
      <ConfirmDialog
        open={open}
        title={`Cancel “${title}”?`}
        confirmLabel="Cancel the meeting"
        cancelLabel="Keep the meeting"
        pendingLabel="Cancelling…"
        pending={cancel.isPending}
        error={cancel.isError ? describeError(cancel.error) : null}
        onCancel={() => {
          cancel.reset();
          setOpen(false);
        }}
        onConfirm={() =>
          cancel.mutate(
            { reason: reason.trim() },
            {
              onSuccess: () => {
                setOpen(false);
                const state: FlashState = { flash: 'The meeting is cancelled. Members are told.' };
                void navigate(`/meetings/${meetingId}`, { state });
              },
            },
          )
        }
      >
        <div className="field">
          <label className="field__label" htmlFor="cancel-reason">
            Reason <span className="field__optional">(optional)</span>
          </label>
          <div className="field__hint" id="cancel-reason-hint">
            Members see it with the cancellation.
          </div>
          <textarea
            id="cancel-reason"
            className="textarea"
            rows={3}
            maxLength={2000}
            value={reason}
            aria-describedby="cancel-reason-hint"
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
      </ConfirmDialog>
    </section>
  );
}
