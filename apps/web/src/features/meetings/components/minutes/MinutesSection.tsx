import type { MeetingDetail, MinutesView } from '@egcc/contracts';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { describeError } from '../../../../shared/api/client';
import { Badge } from '../../../../shared/ui/Badge';
import { formatDateTime } from '../../../../shared/ui/format';
import { Notice } from '../../../../shared/ui/Notice';
import { useMinutes } from '../../api/minutes';
import { MINUTES_STATUS } from './minutes-status';
import { MinutesEditor } from './MinutesEditor';
import { MinutesReader } from './MinutesReader';
import { MinutesVersions } from './MinutesVersions';
import './minutes.css';

/**
 * The meeting's minutes. The chair and the secretariat draft them per agenda item, circulate
 * them and approve them at the next meeting; members read circulated minutes and comment on
 * them; every version stays readable.
 */
export function MinutesSection({ meeting }: { meeting: MeetingDetail }) {
  const minutes = useMinutes(meeting.id);
  const writes = meeting.actions.editMinutes;
  const { hash } = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const loaded = !minutes.isPending;
  // Notifications link to "#minutes": once the minutes are in, go there as a browser would.
  useEffect(() => {
    if (!loaded || hash !== '#minutes') return;
    headingRef.current?.scrollIntoView?.();
    headingRef.current?.focus();
  }, [loaded, hash]);

  return (
    <section className="meeting-section minutes" id="minutes" aria-labelledby="meeting-minutes-heading">
      <div className="minutes__header">
        <h2 id="meeting-minutes-heading" ref={headingRef} tabIndex={-1}>
          Minutes
        </h2>
        {minutes.data && <MinutesStatusBadge minutes={minutes.data} />}
      </div>
      {minutes.isPending ? (
        <p role="status">Loading the minutes…</p>
      ) : minutes.isError ? (
        <Notice tone="error">
          <p>{describeError(minutes.error)}</p>
        </Notice>
      ) : (
        <>
          {minutes.data && <MinutesFacts minutes={minutes.data} />}
          {writes ? (
            <MinutesEditor meeting={meeting} minutes={minutes.data} />
          ) : minutes.data ? (
            <MinutesReader meeting={meeting} minutes={minutes.data} />
          ) : (
            <p>{noMinutesText(meeting)}</p>
          )}
          {minutes.data && writes && minutes.data.comments.length > 0 && (
            <MinutesReader meeting={meeting} minutes={minutes.data} commentsOnly />
          )}
          {minutes.data && <MinutesVersions meetingId={meeting.id} current={minutes.data.version} />}
        </>
      )}
    </section>
  );
}

function noMinutesText(meeting: MeetingDetail): string {
  if (meeting.cancelledAt) return 'The meeting was cancelled: it has no minutes.';
  if (Date.parse(meeting.startsAt) > Date.now()) {
    return 'Minutes are drafted once the meeting has started.';
  }
  return 'The minutes appear here once the chair circulates them for comment.';
}

export function MinutesStatusBadge({ minutes }: { minutes: Pick<MinutesView, 'status' | 'version'> }) {
  const status = MINUTES_STATUS[minutes.status];
  return (
    <Badge tone={status.tone}>
      {status.label}, version {minutes.version}
    </Badge>
  );
}

function MinutesFacts({ minutes }: { minutes: MinutesView }) {
  return (
    <p className="minutes__facts">
      {minutes.status === 'DRAFT' && 'A draft: members see the minutes once they are circulated. '}
      {minutes.circulatedAt && `Circulated on ${formatDateTime(minutes.circulatedAt)}. `}
      {minutes.status === 'CIRCULATED' && 'Members may comment until the minutes are approved. '}
      {minutes.approvedAt &&
        `Approved on ${formatDateTime(minutes.approvedAt)}${
          minutes.approvedAtMeeting ? ` at “${minutes.approvedAtMeeting.title}”` : ''
        }${minutes.approvedBy ? ` by ${minutes.approvedBy.name}` : ''}; approved minutes are locked.`}
    </p>
  );
}
