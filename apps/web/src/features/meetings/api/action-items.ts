import {
  ActionItemDetail,
  ActionItemOverview,
  ActionItemPage,
  ActionItemSummary,
  Agenda,
  type ActionItemProgressRequest,
  type ActionItemStatus,
  type CreateActionItemRequest,
  type UpdateActionItemRequest,
} from '@egcc/contracts';
import {
  infiniteQueryOptions,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  useSuspenseInfiniteQuery,
  useSuspenseQuery,
} from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../shared/api/client';
import { MEETINGS_KEY, meetingKey } from './keys';

// Action items across meetings sit under their own key; a change to one also refreshes the
// meetings' queries (a meeting's items, the follow-up item on later agendas).
export const ACTION_ITEMS_KEY = ['action-items'] as const;
export const actionItemKey = (id: string) => [...ACTION_ITEMS_KEY, 'detail', id] as const;
export const meetingActionItemsKey = (meetingId: string) =>
  [...meetingKey(meetingId), 'action-items'] as const;

const path = (id: string) => `/v1/action-items/${encodeURIComponent(id)}`;
const meetingPath = (meetingId: string) => `/v1/meetings/${encodeURIComponent(meetingId)}`;

export interface ActionItemFilters {
  status?: ActionItemStatus;
  open?: 'true' | 'false';
  overdue?: 'true' | 'false';
  /** A delegation's code, e.g. "dk". */
  delegation?: string;
  mine?: 'true';
  meetingId?: string;
}

export const getActionItems = (
  filters: ActionItemFilters,
  cursor: string | undefined,
  signal?: AbortSignal,
) =>
  apiRequest('/v1/action-items', {
    query: { ...filters, cursor, limit: 25 },
    schema: ActionItemPage,
    signal,
  });

export const actionItemsQuery = (filters: ActionItemFilters) =>
  infiniteQueryOptions({
    queryKey: [...ACTION_ITEMS_KEY, 'list', filters],
    queryFn: ({ pageParam, signal }) => getActionItems(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 10_000,
  });

export const useActionItems = (filters: ActionItemFilters) =>
  useSuspenseInfiniteQuery(actionItemsQuery(filters));

export const actionItemOverviewQuery = () =>
  queryOptions({
    queryKey: [...ACTION_ITEMS_KEY, 'overview'],
    queryFn: ({ signal }) => apiRequest('/v1/action-items/overview', { schema: ActionItemOverview, signal }),
    staleTime: 10_000,
  });

export const useActionItemOverview = () => useSuspenseQuery(actionItemOverviewQuery());

export const actionItemQuery = (id: string) =>
  queryOptions({
    queryKey: actionItemKey(id),
    queryFn: ({ signal }) => apiRequest(path(id), { schema: ActionItemDetail, signal }),
  });

export const useActionItem = (id: string) => useSuspenseQuery(actionItemQuery(id));

export const meetingActionItemsQuery = (meetingId: string) =>
  queryOptions({
    queryKey: meetingActionItemsKey(meetingId),
    queryFn: ({ signal }) =>
      apiRequest(`${meetingPath(meetingId)}/action-items`, { schema: z.array(ActionItemSummary), signal }),
    staleTime: 5_000,
  });

export const useMeetingActionItems = (meetingId: string) => useQuery(meetingActionItemsQuery(meetingId));

/** After any change: the item's own page, every list and overview, and the meetings' views of items. */
function useRefresh() {
  const queryClient = useQueryClient();
  return async (detail?: ActionItemDetail) => {
    if (detail) queryClient.setQueryData(actionItemKey(detail.id), detail);
    await Promise.all([
      queryClient.invalidateQueries({
        queryKey: ACTION_ITEMS_KEY,
        predicate: (query) => !detail || query.queryKey[2] !== detail.id,
      }),
      queryClient.invalidateQueries({ queryKey: MEETINGS_KEY }),
    ]);
  };
}

export function useCreateActionItem(meetingId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateActionItemRequest) =>
      apiRequest(`${meetingPath(meetingId)}/action-items`, {
        method: 'POST',
        body,
        schema: ActionItemDetail,
      }),
    onSuccess: (detail) => refresh(detail),
  });
}

export function useUpdateActionItem(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: UpdateActionItemRequest) =>
      apiRequest(path(id), { method: 'PATCH', body, schema: ActionItemDetail }),
    onSuccess: (detail) => refresh(detail),
  });
}

export function useReportProgress(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ActionItemProgressRequest) =>
      apiRequest(`${path(id)}/progress`, { method: 'POST', body, schema: ActionItemDetail }),
    onSuccess: (detail) => refresh(detail),
  });
}

export function useDeleteActionItem(id: string) {
  const queryClient = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => apiRequest(path(id), { method: 'DELETE' }),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: actionItemKey(id) });
      await refresh();
    },
  });
}

/** Puts the "Follow-up of action items" item first on the agenda (chairs, when it is missing). */
export function useAddFollowUpItem(meetingId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () =>
      apiRequest(`${meetingPath(meetingId)}/agenda/follow-up-item`, { method: 'POST', schema: Agenda }),
    onSuccess: () => refresh(),
  });
}
