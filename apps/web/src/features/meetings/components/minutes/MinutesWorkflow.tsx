import type { MeetingDetail, MinutesView } from '@egcc/contracts';
import { useId, useState } from 'react';
import { describeError } from '../../../../shared/api/client';
import { ConfirmDialog } from '../../../../shared/ui/ConfirmDialog';
import { Button, SelectField, TextArea } from '../../../../shared/ui/form';
import { formatDate, formatDateTime } from '../../../../shared/ui/format';
import { Notice } from '../../../../shared/ui/Notice';
import { useChangeMinutes } from '../../api/minutes';

/** Circulating the draft for comment, and approving circulated minutes at the next meeting. */
export function MinutesWorkflow({
  meeting,
  minutes,
  dirty,
}: {
  meeting: MeetingDetail;
  minutes: MinutesView;
  dirty: boolean;
}) {
  const canCirculate = meeting.actions.circulateMinutes && minutes.status === 'DRAFT';
  const canApprove = meeting.actions.approveMinutes && minutes.status === 'CIRCULATED';
  if (!canCirculate && !canApprove) return null;
  return (
    <div className="minutes-workflow">
      <h3>{canCirculate ? 'Circulate' : 'Approve'}</h3>
      {canCirculate && <Circulate meetingId={meeting.id} minutes={minutes} dirty={dirty} />}
      {canApprove && <Approve meetingId={meeting.id} minutes={minutes} dirty={dirty} />}
    </div>
  );
}

const SAVE_FIRST = 'Save your changes first: only saved minutes are circulated or approved.';

function Circulate({
  meetingId,
  minutes,
  dirty,
}: {
  meetingId: string;
  minutes: MinutesView;
  dirty: boolean;
}) {
  const circulate = useChangeMinutes(meetingId);
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [refused, setRefused] = useState<string | null>(null);
  const noteId = useId();
  return (
    <>
      <p>Circulating sends version {minutes.version} to every member, who may then read it and comment.</p>
      <Button
        onClick={() => {
          setRefused(dirty ? SAVE_FIRST : null);
          if (!dirty) setOpen(true);
        }}
      >
        Circulate for comment
      </Button>
      {refused && (
        <Notice tone="warning" live>
          <p>{refused}</p>
        </Notice>
      )}
      <ConfirmDialog
        open={open}
        title="Circulate the minutes to every member?"
        confirmLabel="Circulate"
        pendingLabel="Circulating…"
        tone="primary"
        pending={circulate.isPending}
        error={circulate.isError ? describeError(circulate.error) : null}
        onCancel={() => {
          setOpen(false);
          circulate.reset();
        }}
        onConfirm={() =>
          circulate.mutate(
            { step: 'circulate', body: { version: minutes.version, note: note.trim() } },
            { onSuccess: () => setOpen(false) },
          )
        }
      >
        <p>
          Members are told by notification and e-mail. You can still revise the minutes after their comments.
        </p>
        <TextArea
          id={noteId}
          name="note"
          label="Note to members"
          optional
          value={note}
          error={undefined}
          onChange={setNote}
          maxLength={2000}
          hint="For example, by when to comment."
          rows={3}
        />
      </ConfirmDialog>
    </>
  );
}

function Approve({ meetingId, minutes, dirty }: { meetingId: string; minutes: MinutesView; dirty: boolean }) {
  const approve = useChangeMinutes(meetingId);
  const [open, setOpen] = useState(false);
  const [at, setAt] = useState(minutes.approvalMeetings[0]?.id ?? '');
  const [refused, setRefused] = useState<string | null>(null);
  const selectId = useId();
  if (minutes.approvalMeetings.length === 0) {
    return (
      <p>
        {minutes.nextMeeting
          ? `The minutes can be approved at the next meeting, “${minutes.nextMeeting.title}”, once it has started (${formatDateTime(minutes.nextMeeting.startsAt)}).`
          : 'The minutes are approved at the next meeting; none is scheduled yet.'}
      </p>
    );
  }
  const chosen = minutes.approvalMeetings.find((m) => m.id === at) ?? minutes.approvalMeetings[0];
  return (
    <>
      <p>Approval locks the minutes: after it, nobody can change or comment on them.</p>
      <SelectField
        id={selectId}
        name="approvedAtMeetingId"
        label="Approved at the meeting"
        value={chosen?.id ?? ''}
        error={undefined}
        onChange={setAt}
        options={minutes.approvalMeetings.map((m) => ({
          value: m.id,
          label: `${m.title} (${formatDate(m.startsAt.slice(0, 10))})`,
        }))}
      />
      <Button
        onClick={() => {
          setRefused(dirty ? SAVE_FIRST : null);
          if (!dirty) setOpen(true);
        }}
      >
        Approve the minutes
      </Button>
      {refused && (
        <Notice tone="warning" live>
          <p>{refused}</p>
        </Notice>
      )}
      <ConfirmDialog
        open={open}
        title="Approve and lock the minutes?"
        confirmLabel="Approve and lock"
        pendingLabel="Approving…"
        tone="primary"
        pending={approve.isPending}
        error={approve.isError ? describeError(approve.error) : null}
        onCancel={() => {
          setOpen(false);
          approve.reset();
        }}
        onConfirm={() =>
          approve.mutate(
            { step: 'approve', body: { version: minutes.version, approvedAtMeetingId: chosen?.id ?? null } },
            { onSuccess: () => setOpen(false) },
          )
        }
      >
        <p>
          Version {minutes.version} is recorded as approved at “{chosen?.title}”. Members are told; the
          minutes can no longer change.
        </p>
      </ConfirmDialog>
    </>
  );
}
