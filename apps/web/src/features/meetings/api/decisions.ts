import { DecisionView, type CreateDecisionRequest, type UpdateDecisionRequest } from '@egcc/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../shared/api/client';
import { ACTION_ITEMS_KEY } from './action-items';
import { meetingKey } from './keys';

export const decisionsKey = (meetingId: string) => [...meetingKey(meetingId), 'decisions'] as const;

const path = (meetingId: string) => `/v1/meetings/${encodeURIComponent(meetingId)}/decisions`;

export const decisionsQuery = (meetingId: string) =>
  queryOptions({
    queryKey: decisionsKey(meetingId),
    queryFn: ({ signal }) => apiRequest(path(meetingId), { schema: z.array(DecisionView), signal }),
    staleTime: 5_000,
  });

export const useDecisions = (meetingId: string) => useQuery(decisionsQuery(meetingId));

function useRefresh(meetingId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: decisionsKey(meetingId) }),
      // A deleted decision unties its action items.
      queryClient.invalidateQueries({ queryKey: ACTION_ITEMS_KEY }),
    ]);
}

export function useRecordDecision(meetingId: string) {
  const refresh = useRefresh(meetingId);
  return useMutation({
    mutationFn: (body: CreateDecisionRequest) =>
      apiRequest(path(meetingId), { method: 'POST', body, schema: DecisionView }),
    onSuccess: refresh,
  });
}

export function useUpdateDecision(meetingId: string, decisionId: string) {
  const refresh = useRefresh(meetingId);
  return useMutation({
    mutationFn: (body: UpdateDecisionRequest) =>
      apiRequest(`${path(meetingId)}/${encodeURIComponent(decisionId)}`, {
        method: 'PATCH',
        body,
        schema: DecisionView,
      }),
    onSuccess: refresh,
  });
}

export function useDeleteDecision(meetingId: string, decisionId: string) {
  const refresh = useRefresh(meetingId);
  return useMutation({
    mutationFn: () =>
      apiRequest(`${path(meetingId)}/${encodeURIComponent(decisionId)}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}
