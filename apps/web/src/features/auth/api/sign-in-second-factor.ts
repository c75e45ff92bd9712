import { type SecondFactorRequest, SignInResponse } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { EXPECTS_UNAUTHENTICATED } from '../../../shared/session/auth-failures';
import { rememberSession } from '../../../shared/session/session';

export const signInSecondFactor = (body: SecondFactorRequest) =>
  apiRequest('/v1/auth/sign-in/second-factor', { method: 'POST', body, schema: SignInResponse });

/** Step two: a code from the authenticator app, or a recovery code. */
export function useSignInSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signInSecondFactor,
    meta: EXPECTS_UNAUTHENTICATED,
    onSuccess: (response) => {
      if (response.status === 'signed_in') rememberSession(queryClient, response.session);
    },
  });
}
