import { ReturnReportRequest, type ReportDetail } from '@egcc/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../../shared/api/client';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { Button, fieldMessage, TextArea } from '../../../shared/ui/form';
import { type ReportTransition, useReportTransition } from '../api/report-transitions';

type Confirmable = Exclude<ReportTransition, 'return'>;

const CONFIRM: Record<
  Confirmable,
  { title: string; body: string; confirm: string; pending: string; done: string }
> = {
  submit: {
    title: 'Submit the report?',
    body: 'The chair and the secretariat are told, and review it. You cannot edit it while it is submitted, unless you withdraw it.',
    confirm: 'Submit the report',
    pending: 'Submitting…',
    done: 'The report is submitted. The chair and the secretariat are told.',
  },
  withdraw: {
    title: 'Withdraw the report?',
    body: 'It becomes a draft again, which your delegation can edit and submit anew.',
    confirm: 'Withdraw the report',
    pending: 'Withdrawing…',
    done: 'The report is withdrawn and is a draft again.',
  },
  publish: {
    title: 'Publish the report?',
    body: 'Every member of the group can then read it, and its discussion opens.',
    confirm: 'Publish the report',
    pending: 'Publishing…',
    done: 'The report is published. Every member can read it now.',
  },
};

/**
 * The workflow steps the reader may take now (the API says which): Edit, Submit, Withdraw,
 * Return with a comment, Publish. Each asks first; the page shows and says the result (onDone).
 */
export function ReportWorkflow({
  report,
  onDone,
}: {
  report: ReportDetail;
  onDone: (message: string) => void;
}) {
  const transition = useReportTransition(report.id);
  const [asking, setAsking] = useState<ReportTransition | null>(null);
  const { actions } = report;

  const run = (step: ReportTransition, body?: ReturnReportRequest) => {
    transition.mutate(
      { transition: step, body },
      {
        onSuccess: () => {
          setAsking(null);
          const message =
            step === 'return'
              ? 'The report is returned to its delegation with your comment.'
              : CONFIRM[step].done;
          onDone(message);
        },
      },
    );
  };
  const open = (step: ReportTransition) => {
    transition.reset();
    setAsking(step);
  };
  const confirmable = asking && asking !== 'return' ? CONFIRM[asking] : null;

  if (!actions.edit && !actions.submit && !actions.withdraw && !actions.return && !actions.publish)
    return null;
  return (
    <div className="report-actions button-group" role="group" aria-label="What you can do with this report">
      {actions.edit && (
        <Link to={`/reports/${report.id}/edit`} className="button">
          Edit
        </Link>
      )}
      {actions.submit && (
        <Button variant={actions.edit ? 'secondary' : 'primary'} onClick={() => open('submit')}>
          Submit
        </Button>
      )}
      {actions.withdraw && (
        <Button variant="secondary" onClick={() => open('withdraw')}>
          Withdraw
        </Button>
      )}
      {actions.publish && <Button onClick={() => open('publish')}>Publish</Button>}
      {actions.return && (
        <Button variant="secondary" onClick={() => open('return')}>
          Return to the delegation
        </Button>
      )}
      <ConfirmDialog
        open={confirmable !== null}
        title={confirmable?.title ?? ''}
        confirmLabel={confirmable?.confirm ?? ''}
        pendingLabel={confirmable?.pending}
        pending={transition.isPending}
        tone="primary"
        error={transition.isError ? describeError(transition.error) : null}
        onConfirm={() => asking && asking !== 'return' && run(asking)}
        onCancel={() => setAsking(null)}
      >
        <p>{confirmable?.body}</p>
      </ConfirmDialog>
      <ReturnDialog
        open={asking === 'return'}
        pending={transition.isPending}
        error={transition.isError ? describeError(transition.error) : null}
        onReturn={(request) => run('return', request)}
        onCancel={() => setAsking(null)}
      />
    </div>
  );
}

/**
 * Returns the report with a comment saying what to change (required). A modal dialog: focus
 * starts in the comment, Escape cancels, and focus goes back to the button that opened it.
 */
function ReturnDialog({
  open,
  pending,
  error,
  onReturn,
  onCancel,
}: {
  open: boolean;
  pending: boolean;
  error: string | null;
  onReturn: (request: ReturnReportRequest) => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | undefined>();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open || dialog.open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    document.getElementById('return-comment')?.focus();
    return () => {
      if (dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
      }
      setComment('');
      setProblem(undefined);
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      {open && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (pending) return;
            const parsed = ReturnReportRequest.safeParse({ comment });
            if (!parsed.success) {
              const issue = parsed.error.issues[0];
              setProblem(
                comment.trim()
                  ? fieldMessage('Comment', { ...issue, message: issue?.message ?? '' })
                  : 'Say what the delegation should change',
              );
              document.getElementById('return-comment')?.focus();
              return;
            }
            setProblem(undefined);
            onReturn(parsed.data);
          }}
        >
          <h2 className="dialog__title" id={titleId}>
            Return the report to its delegation
          </h2>
          <div className="dialog__body">
            <TextArea
              id="return-comment"
              name="comment"
              label="Comment"
              hint="What to add or correct. The delegation is told, and sees it with the report."
              rows={5}
              value={comment}
              error={problem}
              onChange={setComment}
            />
          </div>
          {error && (
            <p className="field__error" role="alert">
              {error}
            </p>
          )}
          <div className="button-group">
            <Button type="submit" pending={pending} pendingLabel="Returning…">
              Return the report
            </Button>
            <Button variant="secondary" onClick={onCancel} aria-disabled={pending || undefined}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </dialog>
  );
}
