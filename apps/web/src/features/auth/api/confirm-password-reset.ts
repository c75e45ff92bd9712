import type { PasswordResetConfirmRequest } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';

export const confirmPasswordReset = (body: PasswordResetConfirmRequest) =>
  apiRequest('/v1/password-resets/confirm', { method: 'POST', body });

/** Sets the new password; the link is used up, so its inspection is forgotten. */
export function useConfirmPasswordReset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmPasswordReset,
    onSuccess: (_result, request) =>
      queryClient.removeQueries({ queryKey: ['password-resets', 'inspect', request.token] }),
  });
}
