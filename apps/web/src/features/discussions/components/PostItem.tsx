import { HidePostRequest, type PostView, UpdatePostRequest } from '@egcc/contracts';
import { post as postSubject } from '@egcc/policy';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../../shared/api/client';
import { useAbility } from '../../../shared/session/ability';
import { useAnnounce } from '../../../shared/ui/Announcer';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { Button, ErrorSummary, SubmitButton, TextArea, useForm } from '../../../shared/ui/form';
import { AttachmentList, AttachmentUpload } from '../../../shared/ui/attachments';
import { RelativeTime } from '../../../shared/ui/RelativeTime';
import { postAttachmentsUrl, updatePostAttachments } from '../api/add-post-attachment';
import { useEditPost } from '../api/edit-post';
import { usePostRevisions } from '../api/get-post-revisions';
import { useHidePost, useUnhidePost } from '../api/hide-post';
import { useRemovePost } from '../api/remove-post';
import { useRemovePostAttachment } from '../api/remove-post-attachment';
import { MarkdownEditor } from '../../../shared/ui/markdown/MarkdownEditor';
import { adaptRenderedHtml } from '../../../shared/ui/markdown/rendered-html';
import { PersonName } from './ThreadTags';

export interface PostActions {
  /** Null when the member cannot reply here (an observer, a locked thread). */
  onReply: ((post: PostView) => void) | null;
  onQuote: ((post: PostView) => void) | null;
}

const authorName = (post: PostView) => post.author?.name ?? 'a former member';

/** One post: who wrote it and when, its text or why it is gone, and what the member may do with it. */
export function PostItem({
  post,
  threadId,
  actions,
  trackRef,
}: {
  post: PostView;
  threadId: string;
  actions: PostActions;
  trackRef: (element: HTMLElement | null) => void;
}) {
  const ability = useAbility();
  const [editing, setEditing] = useState(false);
  const headingId = `post-${post.number}-heading`;
  const about = ` post ${post.number} by ${authorName(post)}`;
  const visible = post.state === 'VISIBLE';
  const mayEdit = visible && ability.can('update', postSubject({ authorId: post.author?.id ?? null }));
  const mayRemove =
    post.state !== 'REMOVED' && ability.can('delete', postSubject({ authorId: post.author?.id ?? null }));
  const mayModerate = ability.can('moderate', 'Post');

  return (
    <article
      id={`post-${post.number}`}
      className={`post post--${post.state.toLowerCase()}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      data-post-number={post.number}
      ref={trackRef}
    >
      <header className="post__header">
        <h3 className="post__author" id={headingId}>
          <PersonName person={post.author} />
        </h3>
        <p className="post__meta">
          <Link to={`/discussions/${threadId}?post=${post.number}`} className="post__number">
            Post {post.number}
          </Link>{' '}
          · <RelativeTime iso={post.createdAt} />
          {post.replyToNumber !== null && (
            <>
              {' '}
              · in reply to{' '}
              <Link to={`/discussions/${threadId}?post=${post.replyToNumber}`}>
                post {post.replyToNumber}
              </Link>
            </>
          )}
        </p>
      </header>
      {post.state === 'REMOVED' && <p className="post__placeholder">This post was removed by its author.</p>}
      {post.state === 'HIDDEN' && (
        <p className="post__placeholder">
          This post was hidden by the moderators.
          {post.hiddenReason && (
            <>
              {' '}
              <span className="post__reason">Reason: {post.hiddenReason}</span>
            </>
          )}
        </p>
      )}
      {visible &&
        (editing ? (
          <EditPostForm post={post} onDone={() => setEditing(false)} />
        ) : (
          // The API renders and sanitises the Markdown (an allow-list of tags and link schemes).
          <div className="post__body" dangerouslySetInnerHTML={{ __html: adaptRenderedHtml(post.html) }} />
        ))}
      {visible && !editing && (
        <AttachmentList attachments={post.attachments} label={`Files attached to post ${post.number}`} />
      )}
      {visible && post.editCount > 0 && <Revisions post={post} />}
      {!editing && (
        <div className="post__actions">
          {visible && actions.onReply && (
            <Button variant="link" onClick={() => actions.onReply?.(post)}>
              Reply<span className="visually-hidden"> to{about}</span>
            </Button>
          )}
          {visible && actions.onQuote && (
            <Button variant="link" onClick={() => actions.onQuote?.(post)}>
              Quote<span className="visually-hidden">{about}</span>
            </Button>
          )}
          {mayEdit && (
            <Button variant="link" onClick={() => setEditing(true)}>
              Edit<span className="visually-hidden"> your post {post.number}</span>
            </Button>
          )}
          {mayRemove && <RemovePost post={post} />}
          {mayModerate && visible && <HidePost post={post} />}
          {mayModerate && post.state === 'HIDDEN' && <UnhidePost post={post} />}
        </div>
      )}
    </article>
  );
}

function Revisions({ post }: { post: PostView }) {
  const [open, setOpen] = useState(false);
  const revisions = usePostRevisions(post.id, open);
  return (
    <details className="details post__revisions" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Edited {post.editCount === 1 ? 'once' : `${post.editCount} times`}
        {post.editedAt && (
          <>
            , last <RelativeTime iso={post.editedAt} />
          </>
        )}
        <span className="visually-hidden">: show the earlier versions of post {post.number}</span>
      </summary>
      {revisions.isPending && open && <p role="status">Loading the earlier versions…</p>}
      {revisions.isError && <p role="alert">{describeError(revisions.error)}</p>}
      {revisions.data && (
        <ol className="revisions" aria-label={`Earlier versions of post ${post.number}, oldest first`}>
          {revisions.data.map((revision) => (
            <li key={revision.revision}>
              <p className="revisions__meta">
                Version {revision.revision}, written <RelativeTime iso={revision.createdAt} />
              </p>
              <pre className="pre">{revision.body}</pre>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

function EditPostForm({ post, onDone }: { post: PostView; onDone: () => void }) {
  const edit = useEditPost();
  const announce = useAnnounce();
  const form = useForm({
    id: `edit-post-${post.number}`,
    initialValues: { body: post.body },
    fields: {
      body: { label: `Edit post ${post.number}`, required: 'Write something, or remove the post instead' },
    },
    schema: UpdatePostRequest,
    onSubmit: async (request) => {
      await edit.mutateAsync({ postId: post.id, body: request });
      announce(`Post ${post.number} is saved.`);
      onDone();
      requestAnimationFrame(() => document.getElementById(`post-${post.number}`)?.focus());
    },
  });
  return (
    <div className="post__edit">
      <ErrorSummary {...form.summary} />
      <form noValidate onSubmit={form.handleSubmit}>
        <MarkdownEditor {...form.field('body')} rows={6} />
        <PostFiles post={post} />
        <div className="button-group button-group--compact">
          <SubmitButton pending={form.pending} pendingLabel="Saving…">
            Save the post
          </SubmitButton>
          <Button variant="secondary" onClick={onDone}>
            Cancel
          </Button>
        </div>
      </form>
    </div>
  );
}

/** The author's own post's files, while editing it: each can be taken off, more added. */
function PostFiles({ post }: { post: PostView }) {
  const queryClient = useQueryClient();
  const remove = useRemovePostAttachment(post.threadId);
  const announce = useAnnounce();
  const [removing, setRemoving] = useState<string[]>([]);
  return (
    <fieldset className="fieldset post__files">
      <legend className="fieldset__legend">Files</legend>
      <AttachmentList
        attachments={post.attachments}
        label={`Files attached to post ${post.number}`}
        emptyText="No files are attached."
        removing={removing}
        onRemove={(attachmentId) => {
          const name = post.attachments.find((a) => a.id === attachmentId)?.fileName ?? 'The file';
          setRemoving((ids) => [...ids, attachmentId]);
          remove.mutate(
            { postId: post.id, attachmentId },
            {
              onSuccess: () => announce(`${name} is removed from post ${post.number}.`),
              onSettled: () => setRemoving((ids) => ids.filter((id) => id !== attachmentId)),
            },
          );
        }}
      />
      {remove.isError && (
        <p className="field__error" role="alert">
          {describeError(remove.error)}
        </p>
      )}
      <AttachmentUpload
        uploadUrl={postAttachmentsUrl(post.id)}
        label="Add files"
        onUploaded={(attachment) =>
          updatePostAttachments(queryClient, post.threadId, post.id, (list) => [...list, attachment])
        }
      />
    </fieldset>
  );
}

function RemovePost({ post }: { post: PostView }) {
  const [open, setOpen] = useState(false);
  const remove = useRemovePost();
  const announce = useAnnounce();
  return (
    <>
      <Button variant="link" onClick={() => setOpen(true)}>
        Remove<span className="visually-hidden"> your post {post.number}</span>
      </Button>
      <ConfirmDialog
        open={open}
        title={`Remove your post ${post.number}?`}
        confirmLabel="Remove the post"
        pendingLabel="Removing…"
        pending={remove.isPending}
        error={remove.isError ? describeError(remove.error) : null}
        onCancel={() => {
          remove.reset();
          setOpen(false);
        }}
        onConfirm={() =>
          remove.mutate(post.id, {
            onSuccess: () => {
              setOpen(false);
              announce(`Post ${post.number} is removed.`);
            },
          })
        }
      >
        <p>A note that you removed it stays in its place; the text is kept for the group&apos;s record.</p>
      </ConfirmDialog>
    </>
  );
}

function HidePost({ post }: { post: PostView }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const hide = useHidePost();
  const announce = useAnnounce();
  const fieldId = `hide-reason-${post.number}`;
  return (
    <>
      <Button variant="link" onClick={() => setOpen(true)}>
        Hide<span className="visually-hidden">{` post ${post.number} by ${authorName(post)}`}</span>
      </Button>
      <ConfirmDialog
        open={open}
        title={`Hide post ${post.number} by ${authorName(post)}?`}
        confirmLabel="Hide the post"
        pendingLabel="Hiding…"
        pending={hide.isPending}
        error={hide.isError ? describeError(hide.error) : null}
        onCancel={() => {
          hide.reset();
          setReasonError(undefined);
          setOpen(false);
        }}
        onConfirm={() => {
          const parsed = HidePostRequest.safeParse({ reason });
          if (!parsed.success) {
            setReasonError('Give a reason of at least 3 characters: the author will see it');
            document.getElementById(fieldId)?.focus();
            return;
          }
          setReasonError(undefined);
          hide.mutate(
            { postId: post.id, body: parsed.data },
            {
              onSuccess: () => {
                setOpen(false);
                setReason('');
                announce(`Post ${post.number} is hidden. Its author is told why.`);
              },
            },
          );
        }}
      >
        <p>Members then see a note with your reason instead of the post. You can show it again later.</p>
        <TextArea
          id={fieldId}
          name="reason"
          label="Reason"
          hint="The author and every reader see it."
          value={reason}
          error={reasonError}
          onChange={setReason}
          rows={3}
          maxLength={500}
        />
      </ConfirmDialog>
    </>
  );
}

function UnhidePost({ post }: { post: PostView }) {
  const unhide = useUnhidePost();
  const announce = useAnnounce();
  return (
    <>
      <Button
        variant="link"
        pending={unhide.isPending}
        pendingLabel="Showing…"
        onClick={() =>
          unhide.mutate(post.id, { onSuccess: () => announce(`Post ${post.number} is shown again.`) })
        }
      >
        Show again<span className="visually-hidden">{` post ${post.number}`}</span>
      </Button>
      {unhide.isError && (
        <span className="field__error" role="alert">
          {describeError(unhide.error)}
        </span>
      )}
    </>
  );
}
