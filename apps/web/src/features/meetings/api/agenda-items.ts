import { Agenda, type CreateAgendaItemRequest, type UpdateAgendaItemRequest } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { agendaKey, MEETING_LIST_KEY, meetingKey } from './keys';

// The agenda builder's operations: each answers with the whole agenda and its time plan.

const itemsPath = (meetingId: string) => `/v1/meetings/${encodeURIComponent(meetingId)}/agenda-items`;

export const createAgendaItem = (meetingId: string, body: CreateAgendaItemRequest) =>
  apiRequest(itemsPath(meetingId), { method: 'POST', body, schema: Agenda });

export const updateAgendaItem = (meetingId: string, itemId: string, body: UpdateAgendaItemRequest) =>
  apiRequest(`${itemsPath(meetingId)}/${encodeURIComponent(itemId)}`, {
    method: 'PATCH',
    body,
    schema: Agenda,
  });

export const deleteAgendaItem = (meetingId: string, itemId: string) =>
  apiRequest(`${itemsPath(meetingId)}/${encodeURIComponent(itemId)}`, { method: 'DELETE', schema: Agenda });

export const reorderAgenda = (meetingId: string, itemIds: string[]) =>
  apiRequest(`${itemsPath(meetingId)}/order`, { method: 'PUT', body: { itemIds }, schema: Agenda });

/** Stores the answered agenda; the meeting (its agenda status) and the lists follow. */
function useAgendaMutation<V>(meetingId: string, mutationFn: (variables: V) => Promise<Agenda>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (agenda) => {
      queryClient.setQueryData(agendaKey(meetingId), agenda);
      void queryClient.invalidateQueries({ queryKey: meetingKey(meetingId), exact: true });
      void queryClient.invalidateQueries({ queryKey: MEETING_LIST_KEY });
    },
    onError: () => queryClient.invalidateQueries({ queryKey: agendaKey(meetingId) }),
  });
}

export const useCreateAgendaItem = (meetingId: string) =>
  useAgendaMutation(meetingId, (body: CreateAgendaItemRequest) => createAgendaItem(meetingId, body));

export const useUpdateAgendaItem = (meetingId: string) =>
  useAgendaMutation(meetingId, ({ itemId, body }: { itemId: string; body: UpdateAgendaItemRequest }) =>
    updateAgendaItem(meetingId, itemId, body),
  );

export const useDeleteAgendaItem = (meetingId: string) =>
  useAgendaMutation(meetingId, (itemId: string) => deleteAgendaItem(meetingId, itemId));

/** Shows the new order at once; the answer (with the new time plan) replaces it. */
export function useReorderAgenda(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (itemIds: string[]) => reorderAgenda(meetingId, itemIds),
    onMutate: async (itemIds) => {
      await queryClient.cancelQueries({ queryKey: agendaKey(meetingId) });
      const previous = queryClient.getQueryData<Agenda>(agendaKey(meetingId));
      if (previous) {
        const byId = new Map(previous.items.map((item) => [item.id, item]));
        const items = itemIds
          .map((id) => byId.get(id))
          .filter((item) => item !== undefined)
          .map((item, index) => ({ ...item, position: index + 1 }));
        queryClient.setQueryData<Agenda>(agendaKey(meetingId), { ...previous, items });
      }
      return { previous };
    },
    onSuccess: (agenda) => queryClient.setQueryData(agendaKey(meetingId), agenda),
    onError: (_error, _itemIds, context) => {
      if (context?.previous) queryClient.setQueryData(agendaKey(meetingId), context.previous);
      return queryClient.invalidateQueries({ queryKey: agendaKey(meetingId) });
    },
  });
}
