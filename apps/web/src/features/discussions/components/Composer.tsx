import { type AttachmentView, CreatePostRequest, type PostView } from '@egcc/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { type Ref, useImperativeHandle, useRef, useState } from 'react';
import { ApiError, describeError } from '../../../shared/api/client';
import { idempotencyKeys } from '../../../shared/api/idempotency';
import { useAnnounce } from '../../../shared/ui/Announcer';
import { Button, ErrorSummary, SubmitButton, useForm } from '../../../shared/ui/form';
import { AttachmentPicker } from '../../../shared/ui/attachments';
import { Notice } from '../../../shared/ui/Notice';
import { addPostAttachment, updatePostAttachments } from '../api/add-post-attachment';
import { useCreatePost } from '../api/create-post';
import { MarkdownEditor } from '../../../shared/ui/markdown/MarkdownEditor';
import { quoteOf, withQuote } from './quote';

export interface ComposerHandle {
  /** Adds the post as a quotation to the reply, which replies to it, and moves focus there. */
  quote(post: PostView): void;
  /** Makes the reply a reply to this post and moves focus there. */
  replyTo(post: PostView): void;
}

const authorName = (post: PostView) => post.author?.name ?? 'a former member';

/** The reply form at the bottom of a thread. */
export function Composer({
  threadId,
  ref,
  onPosted,
  onLocked,
}: {
  threadId: string;
  ref?: Ref<ComposerHandle>;
  /** The new post, as the API answered it (it is already on screen). */
  onPosted: (post: PostView) => void;
  /** The thread was locked meanwhile (409). */
  onLocked: () => void;
}) {
  const create = useCreatePost(threadId);
  const announce = useAnnounce();
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const [target, setTarget] = useState<PostView | null>(null);
  const [keys] = useState(idempotencyKeys);
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [uploading, setUploading] = useState<string | null>(null);
  const [notAttached, setNotAttached] = useState<string[]>([]);

  /** The chosen files go to the new post one by one; what fails is said, the post stays. */
  async function attachTo(post: PostView): Promise<AttachmentView[]> {
    const attached: AttachmentView[] = [];
    const failures: string[] = [];
    for (const file of files) {
      setUploading(file.name);
      try {
        attached.push(await addPostAttachment(post.id, file));
      } catch (error) {
        failures.push(`“${file.name}” was not attached: ${describeError(error)}`);
      }
    }
    setUploading(null);
    setFiles([]);
    setNotAttached(failures);
    if (attached.length)
      updatePostAttachments(queryClient, threadId, post.id, (list) => [...list, ...attached]);
    return attached;
  }
  const form = useForm({
    id: 'reply',
    initialValues: { body: '' },
    fields: { body: { label: 'Your reply', required: 'Write your reply' } },
    toRequest: (values) => ({ body: values.body, replyToPostId: target?.id ?? null }),
    schema: CreatePostRequest,
    onSubmit: async (request) => {
      const post = await create.mutateAsync({ body: request, idempotencyKey: keys.keyFor(request) });
      keys.done();
      setNotAttached([]);
      const attached = files.length ? await attachTo(post) : [];
      form.setValues({ body: '' });
      setTarget(null);
      setMode('write');
      onPosted({ ...post, attachments: [...post.attachments, ...attached] });
      const withFiles = attached.length
        ? ` with ${attached.length === 1 ? 'one file' : `${attached.length} files`}`
        : '';
      announce(`Your reply is posted as post ${post.number}${withFiles}.`);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) onLocked();
      return false;
    },
  });

  const focusAtEnd = () =>
    requestAnimationFrame(() => {
      const element = textarea.current;
      if (!element) return;
      element.focus();
      const end = element.value.length;
      element.setSelectionRange(end, end);
      element.scrollIntoView?.({ block: 'center' });
    });

  useImperativeHandle(ref, () => ({
    quote(post) {
      form.setValue('body', withQuote(form.values.body, quoteOf(post)));
      setTarget(post);
      setMode('write');
      focusAtEnd();
      announce(`Quoted post ${post.number} by ${authorName(post)} in your reply.`);
    },
    replyTo(post) {
      setTarget(post);
      setMode('write');
      focusAtEnd();
    },
  }));

  return (
    <section className="composer" aria-labelledby="reply-heading">
      <h2 id="reply-heading">Reply</h2>
      {target && (
        <p className="composer__target">
          Replying to post {target.number} by {authorName(target)}.{' '}
          <Button
            variant="link"
            onClick={() => {
              setTarget(null);
              textarea.current?.focus();
            }}
          >
            Reply to the thread instead
          </Button>
        </p>
      )}
      <ErrorSummary {...form.summary} />
      {notAttached.length > 0 && (
        <Notice tone="warning" live title="Your reply is posted, but not every file is attached">
          <ul>
            {notAttached.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          <p>Edit your post to add them again.</p>
        </Notice>
      )}
      <form noValidate onSubmit={form.handleSubmit}>
        <MarkdownEditor
          {...form.field('body')}
          textareaRef={textarea}
          mode={mode}
          onModeChange={setMode}
          rows={6}
        />
        <AttachmentPicker files={files} onChange={setFiles} />
        <SubmitButton
          pending={form.pending}
          pendingLabel={uploading ? `Attaching ${uploading}…` : 'Posting…'}
        >
          Post the reply
        </SubmitButton>
      </form>
    </section>
  );
}
