import { type CreateMinistryRequest, Ministry } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { DELEGATIONS_KEY } from '../../../shared/api/get-delegations';

export const createMinistry = (code: string, body: CreateMinistryRequest) =>
  apiRequest(`/v1/delegations/${encodeURIComponent(code)}/ministries`, {
    method: 'POST',
    body,
    schema: Ministry,
  });

export function useCreateMinistry(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMinistryRequest) => createMinistry(code, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DELEGATIONS_KEY }),
  });
}
