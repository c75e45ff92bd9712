import { DelegationDetail, type UpdateDelegationRequest } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { DELEGATIONS_KEY } from '../../../shared/api/get-delegations';

export const updateDelegation = (code: string, body: UpdateDelegationRequest) =>
  apiRequest(`/v1/delegations/${encodeURIComponent(code)}`, {
    method: 'PATCH',
    body,
    schema: DelegationDetail,
  });

export function useUpdateDelegation(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateDelegationRequest) => updateDelegation(code, body),
    onSuccess: (delegation) => {
      queryClient.setQueryData([...DELEGATIONS_KEY, code], delegation);
      return queryClient.invalidateQueries({ queryKey: DELEGATIONS_KEY });
    },
  });
}
