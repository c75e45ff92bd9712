import type { UnreadSummary } from '@egcc/contracts';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api/client';

// Part of the first page load (the navigation's badges): types only from the contracts.

/** Query keys that the shell and the features share: the live events refresh them. */
export const UNREAD_KEY = ['unread-summary'] as const;
export const THREADS_KEY = ['threads'] as const;
export const NOTIFICATIONS_KEY = ['notifications'] as const;

const count = (value: unknown): number => {
  if (!Number.isInteger(value) || (value as number) < 0) throw new TypeError('not a count');
  return value as number;
};

export const unreadSummaryParser = {
  parse(value: unknown): UnreadSummary {
    const summary = (value ?? {}) as Record<string, unknown>;
    return {
      unreadThreads: count(summary['unreadThreads']),
      unreadNotifications: count(summary['unreadNotifications']),
    };
  },
};

export const getUnreadSummary = (signal?: AbortSignal) =>
  apiRequest('/v1/threads/unread', { schema: unreadSummaryParser, signal });

export const unreadSummaryQuery = () =>
  queryOptions({
    queryKey: UNREAD_KEY,
    queryFn: ({ signal }) => getUnreadSummary(signal),
    // Live events keep it current; a look now and then covers a stream that is down.
    staleTime: 60_000,
    refetchInterval: 5 * 60_000,
  });

export const useUnreadSummary = (enabled: boolean) => useQuery({ ...unreadSummaryQuery(), enabled });

/** Puts a count the API just told us into the badge, without waiting for a refetch. */
export function setUnreadSummary(queryClient: QueryClient, change: Partial<UnreadSummary>): void {
  queryClient.setQueryData<UnreadSummary>(UNREAD_KEY, (current) =>
    current ? { ...current, ...change } : undefined,
  );
}

/** The number a badge shows: nothing for 0, "99+" beyond 99. */
export function badgeNumber(value: number | undefined): string | null {
  if (!value || value < 0) return null;
  return value > 99 ? '99+' : String(value);
}

/** What a screen reader hears after "Discussions": the number of followed threads with new posts. */
export function unreadThreadsText(value: number | undefined): string | null {
  if (!value) return null;
  return value === 1
    ? '1 followed thread with new posts'
    : `${badgeNumber(value)} followed threads with new posts`;
}

export function unreadNotificationsText(value: number | undefined): string | null {
  if (!value) return null;
  return `${badgeNumber(value)} unread`;
}

/**
 * What to announce when notifications arrive while the page is open: the title of a single
 * one, or how many arrived together.
 */
export function newNotificationsAnnouncement(titles: readonly string[]): string | null {
  if (titles.length === 0) return null;
  if (titles.length === 1) return `New notification: ${titles[0]}`;
  return `${titles.length} new notifications.`;
}
