import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Agenda, AgendaItemView, MeetingDetail } from '@egcc/contracts';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { describeError } from '../../../shared/api/client';
import { useAnnounce } from '../../../shared/ui/Announcer';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { Notice } from '../../../shared/ui/Notice';
import {
  useCreateAgendaItem,
  useDeleteAgendaItem,
  useReorderAgenda,
  useUpdateAgendaItem,
} from '../api/agenda-items';
import { AgendaItemDetails } from './AgendaItemDetails';
import { AgendaItemForm } from './AgendaItemForm';
import { moveId, movedText } from './agenda-order';

const ADD_HEADING_ID = 'add-agenda-item-heading';
const controlId = (itemId: string, control: string) => `agenda-item-${itemId}-${control}`;

type FocusTarget = { itemId: string; control: 'up' | 'down' | 'edit' | 'heading' } | { control: 'add' };

/**
 * The agenda builder for chairs and the secretariat: add, edit, remove and reorder items. The
 * keyboard reorders with "Move up" and "Move down" (each move is announced and focus stays on
 * the button); a pointer or a finger can drag an item by its handle.
 */
export function AgendaBuilder({ meeting, agenda }: { meeting: MeetingDetail; agenda: Agenda }) {
  const announce = useAnnounce();
  const reorder = useReorderAgenda(meeting.id);
  const remove = useDeleteAgendaItem(meeting.id);
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<AgendaItemView | null>(null);
  const pendingFocus = useRef<FocusTarget | null>(null);
  const setPendingFocus = (target: FocusTarget) => {
    pendingFocus.current = target;
  };
  const items = agenda.items;
  const ids = items.map((item) => item.id);

  // After a move, an edit or a removal, focus goes where the member expects it: on the same
  // button (or its neighbour when the item reached the top or bottom), or the next thing.
  useEffect(() => {
    const focusTarget = pendingFocus.current;
    if (!focusTarget) return;
    const key =
      focusTarget.control === 'add' ? ADD_HEADING_ID : controlId(focusTarget.itemId, focusTarget.control);
    let element = document.getElementById(key);
    if (element instanceof HTMLButtonElement && element.disabled && focusTarget.control !== 'add') {
      const other = focusTarget.control === 'up' ? 'down' : 'up';
      element = document.getElementById(controlId(focusTarget.itemId, other));
    }
    if (element) {
      element.focus();
      pendingFocus.current = null;
    }
  }, [agenda, editing]);

  const move = (item: AgendaItemView, to: number) => {
    const from = ids.indexOf(item.id);
    if (to < 0 || to >= ids.length || from === to) return;
    reorder.mutate(moveId(ids, from, to), {
      onSuccess: () => announce(movedText(item.title, to + 1, ids.length)),
      onError: (error) => announce(`“${item.title}” was not moved: ${describeError(error)}`),
    });
  };

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 5 } }),
  );

  const onDragEnd = (event: DragEndEvent) => {
    const { active, over } = event;
    if (!over || active.id === over.id) return;
    const item = items.find((candidate) => candidate.id === active.id);
    const to = ids.indexOf(String(over.id));
    if (item && to >= 0) move(item, to);
  };

  return (
    <div className="agenda-builder">
      {reorder.isError && (
        <Notice tone="error" live>
          <p>The new order was not saved: {describeError(reorder.error)}</p>
        </Notice>
      )}
      {items.length === 0 ? (
        <p className="empty-state">No items yet. Add the first one below.</p>
      ) : (
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
          <SortableContext items={ids} strategy={verticalListSortingStrategy}>
            <ol className="agenda-list agenda-list--editable" aria-label="Agenda items">
              {items.map((item, index) => (
                <SortableAgendaItem key={item.id} item={item}>
                  {editing === item.id ? (
                    <EditAgendaItem
                      meetingId={meeting.id}
                      item={item}
                      onDone={(saved) => {
                        setEditing(null);
                        if (saved) announce(`“${saved}” is saved.`);
                        setPendingFocus({ itemId: item.id, control: 'edit' });
                      }}
                    />
                  ) : (
                    <>
                      <AgendaItemDetails item={item} timeZone={meeting.timeZone} />
                      <div className="button-group button-group--compact agenda-item__controls">
                        <button
                          type="button"
                          className="button button--secondary"
                          id={controlId(item.id, 'up')}
                          disabled={index === 0}
                          aria-label={`Move up: ${item.title}`}
                          onClick={() => {
                            setPendingFocus({ itemId: item.id, control: 'up' });
                            move(item, index - 1);
                          }}
                        >
                          Move up
                        </button>
                        <button
                          type="button"
                          className="button button--secondary"
                          id={controlId(item.id, 'down')}
                          disabled={index === items.length - 1}
                          aria-label={`Move down: ${item.title}`}
                          onClick={() => {
                            setPendingFocus({ itemId: item.id, control: 'down' });
                            move(item, index + 1);
                          }}
                        >
                          Move down
                        </button>
                        <button
                          type="button"
                          className="button button--secondary"
                          id={controlId(item.id, 'edit')}
                          aria-label={`Edit: ${item.title}`}
                          onClick={() => setEditing(item.id)}
                        >
                          Edit
                        </button>
                        <button
                          type="button"
                          className="button button--warning"
                          aria-label={`Remove: ${item.title}`}
                          onClick={() => setRemoving(item)}
                        >
                          Remove
                        </button>
                      </div>
                    </>
                  )}
                </SortableAgendaItem>
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={removing ? `Remove “${removing.title}”?` : 'Remove the item?'}
        confirmLabel="Remove the item"
        pendingLabel="Removing…"
        pending={remove.isPending}
        error={remove.isError ? describeError(remove.error) : null}
        onCancel={() => {
          remove.reset();
          setRemoving(null);
        }}
        onConfirm={() => {
          if (!removing) return;
          const title = removing.title;
          remove.mutate(removing.id, {
            onSuccess: () => {
              setRemoving(null);
              announce(`“${title}” is removed from the agenda.`);
              setPendingFocus({ control: 'add' });
            },
          });
        }}
      >
        <p>The items after it move up. Published versions of the agenda keep it.</p>
      </ConfirmDialog>
      <AddAgendaItem meetingId={meeting.id} />
    </div>
  );
}

/** A list item that can be dragged by its handle (pointer or touch; the keyboard uses the buttons). */
function SortableAgendaItem({ item, children }: { item: AgendaItemView; children: ReactNode }) {
  const { setNodeRef, setActivatorNodeRef, listeners, transform, transition, isDragging } = useSortable({
    id: item.id,
  });
  return (
    <li
      ref={setNodeRef}
      className={`agenda-item${isDragging ? ' agenda-item--dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      {/* Mouse and touch only: keyboard users have Move up and Move down. */}
      <span
        ref={setActivatorNodeRef}
        className="agenda-item__handle"
        aria-hidden="true"
        title="Drag to reorder"
        {...listeners}
      >
        ⠿
      </span>
      <div className="agenda-item__body">{children}</div>
    </li>
  );
}

function EditAgendaItem({
  meetingId,
  item,
  onDone,
}: {
  meetingId: string;
  item: AgendaItemView;
  onDone: (savedTitle: string | null) => void;
}) {
  const update = useUpdateAgendaItem(meetingId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="agenda-item__edit">
      <h3 ref={headingRef} tabIndex={-1}>
        Edit item {item.position}: {item.title}
      </h3>
      <AgendaItemForm
        formId={`agenda-item-${item.id}`}
        item={item}
        submitLabel="Save the item"
        pendingLabel="Saving…"
        onSubmit={async (request) => {
          await update.mutateAsync({ itemId: item.id, body: request });
          onDone(request.title);
        }}
        onCancel={() => onDone(null)}
      />
    </div>
  );
}

function AddAgendaItem({ meetingId }: { meetingId: string }) {
  const create = useCreateAgendaItem(meetingId);
  const announce = useAnnounce();
  const [round, setRound] = useState(0);
  const formId = 'new-agenda-item';

  // A fresh form after each addition, with focus back in its title to add the next item.
  useEffect(() => {
    if (round > 0) document.getElementById(`${formId}-title`)?.focus();
  }, [round]);

  return (
    <section className="agenda-add" aria-labelledby={ADD_HEADING_ID}>
      <h3 id={ADD_HEADING_ID} tabIndex={-1}>
        Add an item
      </h3>
      <AgendaItemForm
        key={round}
        formId={formId}
        submitLabel="Add the item"
        pendingLabel="Adding…"
        onSubmit={async (request) => {
          const agenda = await create.mutateAsync(request);
          const added = agenda.items.at(-1);
          announce(
            `“${request.title}” added as item ${added?.position ?? agenda.items.length} of ${agenda.items.length}.` +
              (agenda.overrunMinutes > 0
                ? ` The agenda now overruns the meeting by ${agenda.overrunMinutes} minutes.`
                : ''),
          );
          setRound((n) => n + 1);
        }}
      />
    </section>
  );
}
