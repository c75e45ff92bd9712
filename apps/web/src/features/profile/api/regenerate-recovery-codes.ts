import { RecoveryCodesResponse, type TotpConfirmRequest } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { ME_KEY } from './get-me';

export const regenerateRecoveryCodes = (body: TotpConfirmRequest) =>
  apiRequest('/v1/me/two-factor/recovery-codes', { method: 'POST', body, schema: RecoveryCodesResponse });

/** New recovery codes; the old ones stop working. */
export function useRegenerateRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: regenerateRecoveryCodes,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_KEY }),
  });
}
