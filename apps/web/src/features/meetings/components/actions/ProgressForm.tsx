import { ActionItemProgressRequest, type ActionItemSummary } from '@egcc/contracts';
import { useState } from 'react';
import {
  ErrorSummary,
  type FormSchema,
  SelectField,
  SubmitButton,
  TextArea,
  useForm,
} from '../../../../shared/ui/form';
import { Notice } from '../../../../shared/ui/Notice';
import { useReportProgress } from '../../api/action-items';
import { ACTION_ITEM_STATUS, ACTION_ITEM_STATUSES } from './labels';

/**
 * Progress on an action item, by its owner or the chair: a new status, a note, or both. Each
 * one is kept in the item's history.
 */
export function ProgressForm({ item, idPrefix }: { item: ActionItemSummary; idPrefix?: string }) {
  const report = useReportProgress(item.id);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm({
    id: `${idPrefix ?? 'progress'}-${item.id}`,
    initialValues: { status: item.status as string, note: '' },
    fields: {
      status: { label: 'Status' },
      // Empty is fine with a new status: the schema says when neither is given.
      note: { label: 'Note', invalid: 'Write a note, or choose a new status' },
    },
    toRequest: (values) => ({
      ...(values.status !== item.status ? { status: values.status } : {}),
      note: values.note.trim(),
    }),
    schema: ActionItemProgressRequest as FormSchema<ActionItemProgressRequest>,
    onSubmit: async (request) => {
      setSaved(null);
      const updated = await report.mutateAsync(request);
      form.setValues({ status: updated.status, note: '' });
      setSaved(
        request.status
          ? `Saved: the action item is now ${ACTION_ITEM_STATUS[updated.status].label.toLowerCase()}.`
          : 'Your note is saved.',
      );
    },
  });
  return (
    <>
      <ErrorSummary {...form.summary} />
      <form className="form progress-form" noValidate onSubmit={form.handleSubmit}>
        <SelectField
          {...form.field('status')}
          options={ACTION_ITEM_STATUSES.map((status) => ({
            value: status,
            label: ACTION_ITEM_STATUS[status].label,
          }))}
          hint="Done or dropped closes the item; it then no longer carries over to the next meeting."
        />
        <TextArea
          {...form.field('note')}
          optional
          rows={3}
          maxLength={5000}
          hint="Where it stands, for the group."
        />
        <SubmitButton pending={form.pending} pendingLabel="Saving…">
          Save progress
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
