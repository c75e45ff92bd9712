import { MeetingDetail } from '@egcc/contracts';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { meetingKey } from './keys';

export const getMeeting = (id: string, signal?: AbortSignal) =>
  apiRequest(`/v1/meetings/${encodeURIComponent(id)}`, { schema: MeetingDetail, signal });

export const meetingQuery = (id: string) =>
  queryOptions({
    queryKey: meetingKey(id),
    queryFn: ({ signal }) => getMeeting(id, signal),
    staleTime: 5_000,
  });

export const useMeeting = (id: string) => useSuspenseQuery(meetingQuery(id));

/** The .ics download of one meeting (a plain link: the browser saves the file). */
export const meetingCalendarUrl = (id: string) => `/api/v1/meetings/${encodeURIComponent(id)}/calendar.ics`;
