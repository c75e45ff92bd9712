import { AgendaDiff, AgendaVersionDetail, AgendaVersionSummary } from '@egcc/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../shared/api/client';
import { agendaKey, agendaVersionsKey, MEETING_LIST_KEY, meetingKey } from './keys';

// Published versions of the agenda: publishing, the list, one version, and the diff of two.

const agendaPath = (meetingId: string) => `/v1/meetings/${encodeURIComponent(meetingId)}/agenda`;

export const publishAgenda = (meetingId: string, note: string) =>
  apiRequest(`${agendaPath(meetingId)}/publish`, {
    method: 'POST',
    body: { note },
    schema: AgendaVersionSummary,
  });

export function usePublishAgenda(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: string) => publishAgenda(meetingId, note),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: meetingKey(meetingId) }),
        queryClient.invalidateQueries({ queryKey: agendaKey(meetingId) }),
        queryClient.invalidateQueries({ queryKey: agendaVersionsKey(meetingId) }),
      ]);
      return queryClient.invalidateQueries({ queryKey: MEETING_LIST_KEY });
    },
  });
}

export const getAgendaVersions = (meetingId: string, signal?: AbortSignal) =>
  apiRequest(`${agendaPath(meetingId)}/versions`, { schema: z.array(AgendaVersionSummary), signal });

export const agendaVersionsQuery = (meetingId: string) =>
  queryOptions({
    queryKey: agendaVersionsKey(meetingId),
    queryFn: ({ signal }) => getAgendaVersions(meetingId, signal),
    staleTime: 10_000,
  });

export const useAgendaVersions = (meetingId: string) => useSuspenseQuery(agendaVersionsQuery(meetingId));

export const getAgendaVersion = (meetingId: string, number: number, signal?: AbortSignal) =>
  apiRequest(`${agendaPath(meetingId)}/versions/${number}`, { schema: AgendaVersionDetail, signal });

export const agendaVersionQuery = (meetingId: string, number: number) =>
  queryOptions({
    queryKey: [...agendaVersionsKey(meetingId), 'version', number],
    queryFn: ({ signal }) => getAgendaVersion(meetingId, number, signal),
    staleTime: Infinity,
  });

export const useAgendaVersion = (meetingId: string, number: number | null) =>
  useQuery({ ...agendaVersionQuery(meetingId, number ?? 0), enabled: number !== null });

export const getAgendaDiff = (meetingId: string, from: number, to: number, signal?: AbortSignal) =>
  apiRequest(`${agendaPath(meetingId)}/diff`, { query: { from, to }, schema: AgendaDiff, signal });

export const agendaDiffQuery = (meetingId: string, from: number, to: number) =>
  queryOptions({
    queryKey: [...agendaVersionsKey(meetingId), 'diff', from, to],
    queryFn: ({ signal }) => getAgendaDiff(meetingId, from, to, signal),
    staleTime: Infinity,
  });

export const useAgendaDiff = (meetingId: string, range: { from: number; to: number } | null) =>
  useQuery({ ...agendaDiffQuery(meetingId, range?.from ?? 0, range?.to ?? 0), enabled: range !== null });
