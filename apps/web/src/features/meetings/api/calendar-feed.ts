import { CalendarFeedStatus, CalendarFeedToken } from '@egcc/contracts';
import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';

/** The member's own calendar feed sits with their other "me" data. */
export const CALENDAR_FEED_KEY = ['me', 'calendar-feed'] as const;

export const getCalendarFeed = (signal?: AbortSignal) =>
  apiRequest('/v1/me/calendar-feed', { schema: CalendarFeedStatus, signal });

export const calendarFeedQuery = () =>
  queryOptions({ queryKey: CALENDAR_FEED_KEY, queryFn: ({ signal }) => getCalendarFeed(signal) });

export const useCalendarFeed = () => useSuspenseQuery(calendarFeedQuery());

export const issueCalendarFeed = () =>
  apiRequest('/v1/me/calendar-feed', { method: 'POST', schema: CalendarFeedToken });

/** A new feed URL (shown once); the previous one stops working. */
export function useIssueCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: issueCalendarFeed,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CALENDAR_FEED_KEY }),
  });
}

export const turnOffCalendarFeed = () => apiRequest('/v1/me/calendar-feed', { method: 'DELETE' });

export function useTurnOffCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: turnOffCalendarFeed,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CALENDAR_FEED_KEY }),
  });
}

/** The meeting pack (a plain link: the browser saves the PDF). */
export const meetingPackUrl = (meetingId: string) =>
  `/api/v1/meetings/${encodeURIComponent(meetingId)}/pack.pdf`;
