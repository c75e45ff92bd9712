import { RecoveryCodesResponse, type TotpEnableRequest } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { SESSION_KEY } from '../../../shared/session/session';
import { ME_KEY } from './get-me';

export const enableTwoFactor = (body: TotpEnableRequest) =>
  apiRequest('/v1/me/two-factor/enable', { method: 'POST', body, schema: RecoveryCodesResponse });

export function useEnableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enableTwoFactor,
    // The session's "set-up required" flag and the profile's state change.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ME_KEY }),
        queryClient.invalidateQueries({ queryKey: SESSION_KEY }),
      ]),
  });
}
