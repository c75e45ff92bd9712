import { MeetingPage } from '@egcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';

// A report may be for a meeting rather than a reporting period: the upcoming ones are offered.

export const upcomingMeetingsQuery = () =>
  queryOptions({
    queryKey: ['meetings', 'list', 'upcoming', 'for-reports'],
    queryFn: ({ signal }) =>
      apiRequest('/v1/meetings', { query: { when: 'upcoming', limit: 25 }, schema: MeetingPage, signal }),
    staleTime: 60_000,
  });

export const useUpcomingMeetings = () => useQuery(upcomingMeetingsQuery());
