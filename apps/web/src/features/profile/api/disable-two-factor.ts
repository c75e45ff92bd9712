import type { TotpConfirmRequest } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { SESSION_KEY } from '../../../shared/session/session';
import { ME_KEY } from './get-me';

export const disableTwoFactor = (body: TotpConfirmRequest) =>
  apiRequest('/v1/me/two-factor/disable', { method: 'POST', body });

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableTwoFactor,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ME_KEY }),
        queryClient.invalidateQueries({ queryKey: SESSION_KEY }),
      ]),
  });
}
