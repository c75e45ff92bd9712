import type { ChangePasswordRequest } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { SESSIONS_KEY } from './get-my-sessions';

export const changePassword = (body: ChangePasswordRequest) =>
  apiRequest('/v1/me/password', { method: 'POST', body });

/** Changes the password; the API ends every other session of the member. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSIONS_KEY }),
  });
}
