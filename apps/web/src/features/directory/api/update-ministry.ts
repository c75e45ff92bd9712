import { Ministry, type UpdateMinistryRequest } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { DELEGATIONS_KEY } from '../../../shared/api/get-delegations';

export const updateMinistry = (id: string, body: UpdateMinistryRequest) =>
  apiRequest(`/v1/ministries/${encodeURIComponent(id)}`, { method: 'PATCH', body, schema: Ministry });

export function useUpdateMinistry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateMinistryRequest }) => updateMinistry(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DELEGATIONS_KEY }),
  });
}
