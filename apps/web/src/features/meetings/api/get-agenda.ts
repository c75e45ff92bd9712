import { Agenda } from '@egcc/contracts';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { agendaKey } from './keys';

export const getAgenda = (meetingId: string, signal?: AbortSignal) =>
  apiRequest(`/v1/meetings/${encodeURIComponent(meetingId)}/agenda`, { schema: Agenda, signal });

export const agendaQuery = (meetingId: string) =>
  queryOptions({
    queryKey: agendaKey(meetingId),
    queryFn: ({ signal }) => getAgenda(meetingId, signal),
    staleTime: 5_000,
  });

export const useAgenda = (meetingId: string) => useSuspenseQuery(agendaQuery(meetingId));
