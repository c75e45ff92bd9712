import { AnswerAttendanceRequest, type AttendanceRoster, type MeetingDetail } from '@egcc/contracts';
import { useState } from 'react';
import { describeError } from '../../../shared/api/client';
import { Button, ErrorSummary, RadioGroup, SubmitButton, TextField, useForm } from '../../../shared/ui/form';
import { formatDateTime } from '../../../shared/ui/format';
import { Notice } from '../../../shared/ui/Notice';
import { useAnswerAttendance, useMyAttendance, useRemindAttendance, useRoster } from '../api/attendance';
import { ATTENDANCE_RESPONSE } from './labels';

const RESPONSES = ['IN_PERSON', 'ONLINE', 'NOT_ATTENDING', 'TENTATIVE'] as const;

/** The member's own answer, and for chairs and the secretariat the roster by delegation. */
export function AttendanceSection({ meeting }: { meeting: MeetingDetail }) {
  return (
    <section className="meeting-section" aria-labelledby="meeting-attendance-heading">
      <h2 id="meeting-attendance-heading">Attendance</h2>
      {meeting.actions.answerAttendance ? (
        <AttendanceAnswer meeting={meeting} />
      ) : (
        <p>
          {meeting.myAttendance
            ? `Your answer: ${ATTENDANCE_RESPONSE[meeting.myAttendance]}.`
            : meeting.cancelledAt
              ? 'The meeting is cancelled.'
              : 'Answers are closed.'}
        </p>
      )}
      {meeting.actions.viewRoster && <Roster meeting={meeting} />}
    </section>
  );
}

function AttendanceAnswer({ meeting }: { meeting: MeetingDetail }) {
  const mine = useMyAttendance(meeting.id);
  if (mine.isPending) return <p role="status">Loading your answer…</p>;
  if (mine.isError) {
    return (
      <Notice tone="error">
        <p>{describeError(mine.error)}</p>
      </Notice>
    );
  }
  return (
    <AttendanceForm
      meeting={meeting}
      initial={{ response: mine.data?.response ?? '', comment: mine.data?.comment ?? '' }}
      respondedAt={mine.data?.respondedAt ?? null}
    />
  );
}

function AttendanceForm({
  meeting,
  initial,
  respondedAt,
}: {
  meeting: MeetingDetail;
  initial: { response: string; comment: string };
  respondedAt: string | null;
}) {
  const answer = useAnswerAttendance(meeting.id);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm({
    id: 'attendance',
    initialValues: initial,
    fields: {
      response: { label: 'Will you attend?', required: 'Choose whether you attend' },
      comment: { label: 'Comment' },
    },
    toRequest: (values) => ({ response: values.response, comment: values.comment.trim() || null }),
    schema: AnswerAttendanceRequest,
    onSubmit: async (request) => {
      setSaved(null);
      const result = await answer.mutateAsync(request);
      setSaved(`Your answer is saved: ${ATTENDANCE_RESPONSE[result.response]}.`);
    },
  });
  const offersOnline = Boolean(meeting.onlineUrl);
  const offersPlace = Boolean(meeting.place);
  return (
    <>
      <ErrorSummary {...form.summary} />
      <form className="form attendance-form" noValidate onSubmit={form.handleSubmit}>
        <RadioGroup
          {...form.field('response')}
          hint={
            respondedAt
              ? `You answered on ${formatDateTime(respondedAt)}; you may change your answer.`
              : 'You have not answered yet.'
          }
          options={RESPONSES.map((response) => ({
            value: response,
            label: ATTENDANCE_RESPONSE[response],
            hint:
              response === 'IN_PERSON' && !offersPlace
                ? 'This meeting has no place to attend in person.'
                : response === 'ONLINE' && !offersOnline
                  ? 'This meeting has no online link yet.'
                  : undefined,
          }))}
        />
        <TextField
          {...form.field('comment')}
          optional
          maxLength={500}
          hint="For example, who attends in your place."
        />
        <SubmitButton pending={form.pending} pendingLabel="Saving your answer…">
          Save my answer
        </SubmitButton>
      </form>
      <div role="status">
        {saved && (
          <Notice tone="success">
            <p>{saved}</p>
          </Notice>
        )}
      </div>
    </>
  );
}

const countsText = (counts: AttendanceRoster['counts']) =>
  `${counts.IN_PERSON} in person, ${counts.ONLINE} online, ${counts.TENTATIVE} tentative, ${counts.NOT_ATTENDING} not attending, ${counts.notAnswered} not answered`;

function Roster({ meeting }: { meeting: MeetingDetail }) {
  const roster = useRoster(meeting.id, true);
  const remind = useRemindAttendance(meeting.id);
  if (roster.isPending) return <p role="status">Loading the roster…</p>;
  if (roster.isError) {
    return (
      <Notice tone="error">
        <p>{describeError(roster.error)}</p>
      </Notice>
    );
  }
  const data = roster.data;
  const result = remind.data;
  return (
    <div className="attendance-roster">
      <h3>Roster</h3>
      <p>In all: {countsText(data.counts)}.</p>
      {data.notAnswered.length > 0 && (
        <>
          <h4>Not answered yet</h4>
          <p>{data.notAnswered.map((person) => person.name).join(', ')}</p>
          {meeting.actions.remindAttendance && (
            <>
              <Button
                variant="secondary"
                pending={remind.isPending}
                pendingLabel="Sending reminders…"
                onClick={() => remind.mutate()}
              >
                Send reminder
              </Button>
              <p className="field__hint">Members reminded in the last 24 hours are not reminded again.</p>
            </>
          )}
        </>
      )}
      <div role="status">
        {result && (
          <Notice tone="success">
            <p>
              {result.reminded === 1 ? '1 member reminded' : `${result.reminded} members reminded`}
              {result.alreadyReminded > 0 &&
                `; ${result.alreadyReminded} already reminded in the last 24 hours, not again`}
              .
            </p>
          </Notice>
        )}
        {remind.isError && (
          <Notice tone="error">
            <p>{describeError(remind.error)}</p>
          </Notice>
        )}
      </div>
      {data.delegations.map((group) => (
        <table className="table roster-table" key={group.delegation?.code ?? 'secretariat'}>
          <caption>
            {group.delegation?.name ?? 'Secretariat'}{' '}
            <span className="roster-table__counts">({countsText(group.counts)})</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Answer</th>
              <th scope="col">Comment</th>
            </tr>
          </thead>
          <tbody>
            {group.members.map((entry) => (
              <tr key={entry.member.id}>
                <th scope="row">{entry.member.name}</th>
                <td>{entry.response ? ATTENDANCE_RESPONSE[entry.response] : <em>Not answered</em>}</td>
                <td>{entry.comment ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
