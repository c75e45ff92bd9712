import type {
  AgendaDiff,
  AgendaItemChange,
  AgendaItemField,
  AgendaSnapshot,
  AgendaSnapshotItem,
  AgendaVersionSummary,
  DiffPart,
} from '@egcc/contracts';
import { diffWordsWithSpace } from 'diff';
import type { Prisma } from '../generated/prisma/client';

/**
 * Agenda versions, pure: the frozen snapshot a publication stores, and what changed between two
 * of them. Items are matched by id, so an edited item is "changed", not "removed and added".
 */

export interface SnapshotSource {
  meeting: {
    title: string;
    startsAt: Date;
    endsAt: Date;
    timeZone: string;
    place: string | null;
    onlineUrl: string | null;
  };
  items: readonly {
    id: string;
    title: string;
    description: string;
    kind: AgendaSnapshotItem['kind'];
    durationMinutes: number;
    isActionItemFollowUp: boolean;
    presenterUser: { id: string; name: string } | null;
    presenterDelegation: { id: string; name: string } | null;
    reportLinks: readonly { report: { id: string; title: string } }[];
    threadLinks: readonly { thread: { id: string; title: string } }[];
  }[];
}

/** What a snapshot needs of each agenda item, in the order they are read. */
export const snapshotItemSelect = {
  id: true,
  title: true,
  description: true,
  kind: true,
  durationMinutes: true,
  isActionItemFollowUp: true,
  presenterUser: { select: { id: true, name: true } },
  presenterDelegation: { select: { id: true, name: true } },
  reportLinks: {
    orderBy: { report: { title: 'asc' } },
    select: { report: { select: { id: true, title: true } } },
  },
  threadLinks: {
    orderBy: { thread: { title: 'asc' } },
    select: { thread: { select: { id: true, title: true } } },
  },
} satisfies Prisma.AgendaItemSelect;

export function agendaSnapshot(source: SnapshotSource): AgendaSnapshot {
  const { meeting } = source;
  return {
    meeting: {
      title: meeting.title,
      startsAt: meeting.startsAt.toISOString(),
      endsAt: meeting.endsAt.toISOString(),
      timeZone: meeting.timeZone,
      place: meeting.place,
      onlineUrl: meeting.onlineUrl,
    },
    items: source.items.map((item) => ({
      id: item.id,
      title: item.title,
      description: item.description,
      kind: item.kind,
      durationMinutes: item.durationMinutes,
      presenter: item.presenterUser
        ? { kind: 'MEMBER', id: item.presenterUser.id, name: item.presenterUser.name }
        : item.presenterDelegation
          ? { kind: 'DELEGATION', id: item.presenterDelegation.id, name: item.presenterDelegation.name }
          : null,
      reports: item.reportLinks.map(({ report }) => ({ id: report.id, title: report.title })),
      threads: item.threadLinks.map(({ thread }) => ({ id: thread.id, title: thread.title })),
      isActionItemFollowUp: item.isActionItemFollowUp,
    })),
  };
}

const MEETING_FIELDS = ['title', 'startsAt', 'endsAt', 'timeZone', 'place', 'onlineUrl'] as const;

/** Whether a new publication would tell members anything the latest one did not. */
export function sameAgenda(a: AgendaSnapshot, b: AgendaSnapshot): boolean {
  return (
    MEETING_FIELDS.every((field) => sameInstantOrValue(a.meeting[field], b.meeting[field])) &&
    a.items.length === b.items.length &&
    a.items.every((item, index) => {
      const other = b.items[index];
      return other !== undefined && other.id === item.id && fieldsChanged(item, other).length === 0;
    })
  );
}

function sameInstantOrValue(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  const [x, y] = [Date.parse(a), Date.parse(b)];
  return Number.isFinite(x) && Number.isFinite(y) && /^\d{4}-/.test(a) && x === y;
}

const ids = (list: readonly { id: string }[]) =>
  list
    .map((entry) => entry.id)
    .sort()
    .join(',');

function fieldsChanged(before: AgendaSnapshotItem, after: AgendaSnapshotItem): AgendaItemField[] {
  const fields: AgendaItemField[] = [];
  if (before.title !== after.title) fields.push('title');
  if (before.description !== after.description) fields.push('description');
  if (before.kind !== after.kind) fields.push('kind');
  if (before.durationMinutes !== after.durationMinutes) fields.push('durationMinutes');
  if (
    (before.presenter?.kind ?? null) !== (after.presenter?.kind ?? null) ||
    (before.presenter?.id ?? null) !== (after.presenter?.id ?? null)
  )
    fields.push('presenter');
  if (ids(before.reports) !== ids(after.reports)) fields.push('reports');
  if (ids(before.threads) !== ids(after.threads)) fields.push('threads');
  return fields;
}

/**
 * The ids that keep their relative order from one version to the next (a longest common
 * subsequence); the other common items were moved. Inserting an item above others does not
 * make them "moved": only an item taken out of the order and put elsewhere is.
 */
function keptInOrder(before: readonly string[], after: readonly string[]): Set<string> {
  const common = new Set(before.filter((id) => after.includes(id)));
  const a = before.filter((id) => common.has(id));
  const b = after.filter((id) => common.has(id));
  const width = b.length + 1;
  const table = new Int32Array((a.length + 1) * width);
  const at = (i: number, j: number) => table[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const kept = new Set<string>();
  let [i, j] = [0, 0];
  while (i < a.length && j < b.length) {
    const id = a[i];
    if (id !== undefined && id === b[j]) {
      kept.add(id);
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  return kept;
}

/** Title and description as one plain text, compared word by word. */
function textParts(before: AgendaSnapshotItem | null, after: AgendaSnapshotItem | null): DiffPart[] {
  const text = (item: AgendaSnapshotItem | null) =>
    item ? [item.title, item.description.trim()].filter(Boolean).join('\n\n') : '';
  const [from, to] = [text(before), text(after)];
  if (from === to) return [];
  return diffWordsWithSpace(from, to).map((change) => ({
    text: change.value,
    change: change.added ? 'ADDED' : change.removed ? 'REMOVED' : 'SAME',
  }));
}

/** What changed from one published version to another, in the newer one's order. */
export function diffAgendas(
  from: { summary: AgendaVersionSummary; snapshot: AgendaSnapshot },
  to: { summary: AgendaVersionSummary; snapshot: AgendaSnapshot },
): AgendaDiff {
  const meetingChanges = MEETING_FIELDS.filter(
    (field) => !sameInstantOrValue(from.snapshot.meeting[field], to.snapshot.meeting[field]),
  ).map((field) => ({
    field,
    before: from.snapshot.meeting[field],
    after: to.snapshot.meeting[field],
  }));

  const beforeItems = from.snapshot.items;
  const afterItems = to.snapshot.items;
  const beforeById = new Map(beforeItems.map((item, index) => [item.id, { item, position: index + 1 }]));
  const afterIds = new Set(afterItems.map((item) => item.id));
  const kept = keptInOrder(
    beforeItems.map((item) => item.id),
    afterItems.map((item) => item.id),
  );

  const changes: AgendaItemChange[] = afterItems.map((after, index) => {
    const earlier = beforeById.get(after.id);
    if (!earlier) {
      return {
        itemId: after.id,
        change: 'ADDED',
        fromPosition: null,
        toPosition: index + 1,
        before: null,
        after,
        changedFields: [],
        parts: textParts(null, after),
      };
    }
    const changedFields = fieldsChanged(earlier.item, after);
    if (!kept.has(after.id)) changedFields.push('position');
    return {
      itemId: after.id,
      change: changedFields.length > 0 ? 'CHANGED' : 'UNCHANGED',
      fromPosition: earlier.position,
      toPosition: index + 1,
      before: earlier.item,
      after,
      changedFields,
      parts: textParts(earlier.item, after),
    };
  });

  // Removed items go where they stood: after the item that preceded them in the older version.
  beforeItems.forEach((before, index) => {
    if (afterIds.has(before.id)) return;
    const removed: AgendaItemChange = {
      itemId: before.id,
      change: 'REMOVED',
      fromPosition: index + 1,
      toPosition: null,
      before,
      after: null,
      changedFields: [],
      parts: textParts(before, null),
    };
    const predecessor = beforeItems[index - 1]?.id;
    const at = predecessor === undefined ? -1 : changes.findIndex((change) => change.itemId === predecessor);
    changes.splice(at + 1, 0, removed);
  });

  return { from: from.summary, to: to.summary, meetingChanges, items: changes };
}
