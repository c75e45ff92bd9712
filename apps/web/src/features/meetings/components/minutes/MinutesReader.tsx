import { CreateMinutesCommentRequest, type MeetingDetail, type MinutesView } from '@egcc/contracts';
import { useState } from 'react';
import { ErrorSummary, SubmitButton, TextArea, useForm } from '../../../../shared/ui/form';
import { formatDateTime } from '../../../../shared/ui/format';
import { MarkdownHint } from '../../../../shared/ui/markdown/MarkdownEditor';
import { Notice } from '../../../../shared/ui/Notice';
import { useChangeMinutes } from '../../api/minutes';
import { RenderedMarkdown } from '../RenderedMarkdown';

type Comment = MinutesView['comments'][number];

interface Part {
  key: string;
  agendaItemId: string | null;
  heading: string;
  body: MinutesView['entries'][number]['body'] | null;
  comments: Comment[];
}

/** The parts of the minutes in order, each with the comments on it (general comments with the general part). */
function partsOf(minutes: MinutesView): Part[] {
  const parts: Part[] = minutes.entries.map((entry) => ({
    key: entry.agendaItemId ?? 'general',
    agendaItemId: entry.agendaItemId,
    heading: entry.agendaItemTitle ? `${entry.position ?? ''}. ${entry.agendaItemTitle}` : 'General',
    body: entry.body,
    comments: [],
  }));
  if (!parts.some((part) => part.agendaItemId === null)) {
    parts.unshift({ key: 'general', agendaItemId: null, heading: 'General', body: null, comments: [] });
  }
  for (const comment of minutes.comments) {
    const part =
      parts.find((p) => p.agendaItemId === comment.agendaItemId) ??
      parts.find((p) => p.agendaItemId === null);
    part?.comments.push(comment);
  }
  return parts;
}

/**
 * Circulated or approved minutes as members read them, part by part, with the comments on each
 * and, while the minutes are circulated, a comment form for those who may comment. With
 * `commentsOnly`, just the comments (under the chair's editor).
 */
export function MinutesReader({
  meeting,
  minutes,
  commentsOnly = false,
}: {
  meeting: MeetingDetail;
  minutes: MinutesView;
  commentsOnly?: boolean;
}) {
  const mayComment = meeting.actions.commentMinutes && minutes.status === 'CIRCULATED' && !commentsOnly;
  const parts = partsOf(minutes).filter((part) => !commentsOnly || part.comments.length > 0);
  return (
    <div className="minutes-reader">
      {commentsOnly && <h3>Members’ comments</h3>}
      {parts.map((part) => {
        const Heading = commentsOnly ? 'h4' : 'h3';
        const showPart = commentsOnly || part.body !== null || part.comments.length > 0 || mayComment;
        if (!showPart) return null;
        return (
          <section
            key={part.key}
            className="minutes-part"
            aria-labelledby={`minutes-part-${part.key}${commentsOnly ? '-comments' : ''}`}
          >
            <Heading id={`minutes-part-${part.key}${commentsOnly ? '-comments' : ''}`}>
              {part.heading}
            </Heading>
            {!commentsOnly &&
              (part.body ? (
                <RenderedMarkdown text={part.body} headingLevel={4} />
              ) : (
                <p className="minutes-part__empty">Nothing recorded.</p>
              ))}
            {part.comments.length > 0 && (
              <CommentList comments={part.comments} current={minutes.version} heading={part.heading} />
            )}
            {mayComment && (
              <CommentForm meetingId={meeting.id} agendaItemId={part.agendaItemId} heading={part.heading} />
            )}
          </section>
        );
      })}
    </div>
  );
}

function CommentList({
  comments,
  current,
  heading,
}: {
  comments: Comment[];
  current: number;
  heading: string;
}) {
  return (
    <ul className="minutes-comments" aria-label={`Comments on ${heading}`}>
      {comments.map((comment) => (
        <li key={comment.id} className="minutes-comment">
          <p className="minutes-comment__meta">
            <strong>{comment.author?.name ?? 'A former member'}</strong>
            {comment.author?.delegation && `, ${comment.author.delegation.name}`} ·{' '}
            {formatDateTime(comment.createdAt)} · on version {comment.version}
            {comment.version !== current && ' (since revised)'}
          </p>
          <RenderedMarkdown text={comment.body} headingLevel={5} />
        </li>
      ))}
    </ul>
  );
}

function CommentForm({
  meetingId,
  agendaItemId,
  heading,
}: {
  meetingId: string;
  agendaItemId: string | null;
  heading: string;
}) {
  const post = useChangeMinutes(meetingId);
  const [posted, setPosted] = useState(false);
  const form = useForm({
    id: `minutes-comment-${agendaItemId ?? 'general'}`,
    initialValues: { body: '' },
    fields: { body: { label: `Your comment on ${heading}`, required: 'Write your comment first' } },
    toRequest: (values) => ({ agendaItemId, body: values.body }),
    schema: CreateMinutesCommentRequest,
    onSubmit: async (request) => {
      setPosted(false);
      await post.mutateAsync({ step: 'comment', body: request });
      form.setValues({ body: '' });
      setPosted(true);
    },
  });
  return (
    <>
      <ErrorSummary {...form.summary} />
      <form className="form minutes-comment-form" noValidate onSubmit={form.handleSubmit}>
        <TextArea
          {...form.field('body')}
          rows={3}
          maxLength={10_000}
          hint={<MarkdownHint mentions={false} />}
        />
        <SubmitButton pending={form.pending} pendingLabel="Posting your comment…">
          Post comment<span className="visually-hidden"> on {heading}</span>
        </SubmitButton>
      </form>
      <div role="status">
        {posted && (
          <Notice tone="success">
            <p>Your comment is posted.</p>
          </Notice>
        )}
      </div>
    </>
  );
}
