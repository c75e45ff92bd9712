import type { ThreadSummary } from '@egcc/contracts';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { delegationsQuery, useDelegationsSuspense } from '../../../shared/api/get-delegations';
import { referenceLabels, referenceQuery, useReference } from '../../../shared/api/get-reference';
import type { LoaderFactory } from '../../../shared/api/loader';
import { describeError } from '../../../shared/api/client';
import { useAbility } from '../../../shared/session/ability';
import { Badge } from '../../../shared/ui/Badge';
import { Button, Checkbox, type FieldProps, SelectField } from '../../../shared/ui/form';
import { FilterActions } from '../../../shared/ui/FilterActions';
import { Flash, Notice } from '../../../shared/ui/Notice';
import { RelativeTime } from '../../../shared/ui/RelativeTime';
import { ShowMore } from '../../../shared/ui/ShowMore';
import { filtersFrom, oneOf, useFilters } from '../../../shared/ui/use-filters';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { type ThreadFilters, threadsQuery, useThreads } from '../api/get-threads';
import { useMarkAllThreadsRead } from '../api/mark-all-read';
import { type FollowableTag, TagFollow } from '../components/TagFollow';
import { PersonName, ThreadTags } from '../components/ThreadTags';
import { repliesText, unreadMarker } from '../components/unread';

const FILTERS = ['focusArea', 'gapKind', 'delegation', 'author', 'unread', 'mine'] as const;
const GAP_KINDS = ['SERVICES', 'EXPERTISE', 'CAPACITY'] as const;
const MEMBER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toQuery(filters: Partial<Record<(typeof FILTERS)[number], string>>): ThreadFilters {
  return {
    focusArea: filters.focusArea,
    gapKind: oneOf(filters.gapKind, GAP_KINDS),
    delegation: filters.delegation,
    author: filters.author && MEMBER_ID.test(filters.author) ? filters.author : undefined,
    unread: filters.unread === 'true' || undefined,
    mine: filters.mine === 'true' || undefined,
  };
}

export const threadsLoader: LoaderFactory =
  (queryClient) =>
  async ({ request }) => {
    const filters = toQuery(filtersFrom(new URL(request.url).searchParams, FILTERS));
    await Promise.all([
      queryClient.ensureInfiniteQueryData(threadsQuery(filters)),
      queryClient.ensureQueryData(referenceQuery()),
      queryClient.ensureQueryData(delegationsQuery()),
    ]);
    return null;
  };

/** A yes/no filter kept in the address as "true" or nothing. */
const asFlag = (field: FieldProps<string>): FieldProps<boolean> => ({
  ...field,
  value: field.value === 'true',
  onChange: (checked) => field.onChange(checked ? 'true' : ''),
});

/** The threads, newest activity first (pinned ones on top), with what is new for the member. */
export function ThreadsPage() {
  usePageTitle('Discussions');
  const filters = useFilters(FILTERS);
  const query = toQuery(filters.applied);
  const threads = useThreads(query);
  const { data: reference } = useReference();
  const { data: delegations } = useDelegationsSuspense();
  const ability = useAbility();
  const markAll = useMarkAllThreadsRead();
  const [markedAll, setMarkedAll] = useState(false);
  const pinned = threads.data.pages[0]?.pinned ?? [];
  const rows = [...pinned, ...threads.data.pages.flatMap((page) => page.items)];
  const authorId = query.author;
  const labels = referenceLabels(reference);
  const gapKind = oneOf(query.gapKind, GAP_KINDS);
  // Filtered by one tag: the member can follow it from here.
  const tags: FollowableTag[] = [
    ...(query.focusArea
      ? [
          {
            kind: 'focus area',
            label: labels.focusArea(query.focusArea),
            request: { focusArea: query.focusArea },
          },
        ]
      : []),
    ...(gapKind ? [{ kind: 'gap', label: labels.gapKind(gapKind), request: { gapKind } }] : []),
    ...(query.delegation
      ? [
          {
            kind: 'delegation',
            label: delegations.find((d) => d.code === query.delegation)?.name ?? query.delegation,
            request: { delegation: query.delegation },
          },
        ]
      : []),
  ];

  return (
    <article className="page">
      <div className="page__header">
        <h1>Discussions</h1>
        <div className="button-group button-group--compact">
          {ability.can('create', 'Thread') && (
            <Link to="/discussions/new" className="button">
              New thread
            </Link>
          )}
          <Button
            variant="secondary"
            pending={markAll.isPending}
            pendingLabel="Marking…"
            onClick={() => {
              setMarkedAll(false);
              markAll.mutate(undefined, { onSuccess: () => setMarkedAll(true) });
            }}
          >
            Mark all as read
          </Button>
        </div>
      </div>
      <Flash />
      <p className="lead">
        Gaps in services, expertise and capacity, and anything else the group talks over between meetings.
      </p>
      <div role="status">
        {markedAll && (
          <Notice tone="success">
            <p>Every thread is marked as read.</p>
          </Notice>
        )}
      </div>
      {markAll.isError && (
        <Notice tone="error" live>
          <p>{describeError(markAll.error)}</p>
        </Notice>
      )}
      <form className="filters" role="search" aria-label="Filter the threads" onSubmit={filters.apply}>
        <SelectField
          {...filters.field('focusArea', 'Focus area')}
          placeholder="Any"
          options={reference.focusAreas.map((area) => ({ value: area.code, label: area.name }))}
        />
        <SelectField
          {...filters.field('gapKind', 'Gap')}
          placeholder="Any"
          options={reference.gapKinds.map((kind) => ({ value: kind.code, label: kind.name }))}
        />
        <SelectField
          {...filters.field('delegation', 'Delegation concerned')}
          placeholder="Any"
          options={delegations.map((delegation) => ({ value: delegation.code, label: delegation.name }))}
        />
        {authorId && (
          <AuthorFilter
            person={rows.find((row) => row.author?.id === authorId)?.author ?? null}
            onDrop={() => filters.drop('author')}
          />
        )}
        <div className="filters__flags">
          <Checkbox {...asFlag(filters.field('unread', 'Only with new posts'))} />
          <Checkbox {...asFlag(filters.field('mine', 'Only threads I started or replied to'))} />
        </div>
        <FilterActions active={filters.active} onClear={filters.clear} />
      </form>
      {tags.length === 1 && tags[0] && <TagFollow key={tags[0].label} tag={tags[0]} />}
      {rows.length === 0 ? (
        <p role="status">
          {filters.active ? 'No threads match these filters.' : 'Nobody has opened a thread yet.'}
        </p>
      ) : (
        <ul className="thread-list" aria-label="Threads">
          {rows.map((thread) => (
            <ThreadItem
              key={thread.id}
              thread={thread}
              tags={<ThreadTags thread={thread} reference={reference} delegations={delegations} />}
            />
          ))}
        </ul>
      )}
      <ShowMore list={threads} shown={rows.length} noun="threads" />
    </article>
  );
}

function ThreadItem({ thread, tags }: { thread: ThreadSummary; tags: ReactNode }) {
  const marker = unreadMarker(thread);
  return (
    <li className={['thread-item', marker && 'thread-item--unread'].filter(Boolean).join(' ')}>
      <div className="thread-item__heading">
        <h2 className="thread-item__title">
          <Link to={`/discussions/${thread.id}`}>{thread.title}</Link>
        </h2>
        <span className="thread-item__markers">
          {thread.pinned && <Badge tone="info">Pinned</Badge>}
          {thread.locked && <Badge tone="neutral">Locked</Badge>}
          {marker && (
            <Badge tone="warning">
              <span aria-hidden="true">{marker.text}</span>
              <span className="visually-hidden">{marker.description}</span>
            </Badge>
          )}
        </span>
      </div>
      {tags}
      <p className="thread-item__meta">
        Started by{' '}
        {thread.author ? (
          <Link to={`/discussions?author=${encodeURIComponent(thread.author.id)}`}>
            <span className="visually-hidden">Threads started by </span>
            <PersonName person={thread.author} />
          </Link>
        ) : (
          <PersonName person={null} />
        )}{' '}
        · {repliesText(thread.replyCount)} · Last post
        {thread.lastPoster && (
          <>
            {' '}
            by <PersonName person={thread.lastPoster} />
          </>
        )}{' '}
        <RelativeTime iso={thread.lastPostAt} />
      </p>
    </li>
  );
}

/** The author filter, set by following an author's name: who it is, and a way to drop it. */
function AuthorFilter({ person, onDrop }: { person: ThreadSummary['author']; onDrop: () => void }) {
  return (
    <p className="filters__author">
      Started by <strong>{person ? <PersonName person={person} /> : 'the member chosen'}</strong>{' '}
      <Button variant="link" onClick={onDrop}>
        Show threads by anyone
      </Button>
    </p>
  );
}
