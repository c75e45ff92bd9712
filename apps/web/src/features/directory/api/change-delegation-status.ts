import { type ChangeDelegationStatusRequest, DelegationDetail } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { DELEGATIONS_KEY } from '../../../shared/api/get-delegations';

export const changeDelegationStatus = (code: string, body: ChangeDelegationStatusRequest) =>
  apiRequest(`/v1/delegations/${encodeURIComponent(code)}/status`, {
    method: 'POST',
    body,
    schema: DelegationDetail,
  });

export function useChangeDelegationStatus(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangeDelegationStatusRequest) => changeDelegationStatus(code, body),
    onSuccess: (delegation) => {
      queryClient.setQueryData([...DELEGATIONS_KEY, code], delegation);
      // Members of a delegation that stops taking part can no longer sign in.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: DELEGATIONS_KEY }),
        queryClient.invalidateQueries({ queryKey: ['members'] }),
      ]);
    },
  });
}
