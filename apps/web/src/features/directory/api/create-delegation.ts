import { type CreateDelegationRequest, DelegationDetail } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { DELEGATIONS_KEY } from '../../../shared/api/get-delegations';

export const createDelegation = (body: CreateDelegationRequest) =>
  apiRequest('/v1/delegations', { method: 'POST', body, schema: DelegationDetail });

export function useCreateDelegation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDelegation,
    onSuccess: (delegation) => {
      queryClient.setQueryData([...DELEGATIONS_KEY, delegation.code], delegation);
      return queryClient.invalidateQueries({ queryKey: DELEGATIONS_KEY, exact: true });
    },
  });
}
