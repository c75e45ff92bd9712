import { Accepted, type PasswordResetRequest } from '@egcc/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';

export const requestPasswordReset = (body: PasswordResetRequest) =>
  apiRequest('/v1/password-resets', { method: 'POST', body, schema: Accepted });

/** Asks for a reset link by e-mail; the answer is the same whether or not the address is a member's. */
export const useRequestPasswordReset = () => useMutation({ mutationFn: requestPasswordReset });
