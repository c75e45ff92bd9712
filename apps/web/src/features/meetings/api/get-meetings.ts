import { MeetingPage } from '@egcc/contracts';
import { infiniteQueryOptions, useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { MEETING_LIST_KEY } from './keys';

export type MeetingsWhen = 'upcoming' | 'past';

export const getMeetings = (
  when: MeetingsWhen,
  cursor: string | undefined,
  signal?: AbortSignal,
  limit = 25,
) => apiRequest('/v1/meetings', { query: { when, cursor, limit }, schema: MeetingPage, signal });

export const meetingsQuery = (when: MeetingsWhen) =>
  infiniteQueryOptions({
    queryKey: [...MEETING_LIST_KEY, when],
    queryFn: ({ pageParam, signal }) => getMeetings(when, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 10_000,
  });

export const useMeetings = (when: MeetingsWhen) => useSuspenseInfiniteQuery(meetingsQuery(when));
