import { type SignInRequest, SignInResponse } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { EXPECTS_UNAUTHENTICATED } from '../../../shared/session/auth-failures';
import { rememberSession } from '../../../shared/session/session';

export const signIn = (body: SignInRequest) =>
  apiRequest('/v1/auth/sign-in', { method: 'POST', body, schema: SignInResponse });

/** Step one: e-mail and password. Signed in at once, or asked for a second factor. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    // A wrong password is a 401 for the form to show, not a lost session.
    meta: EXPECTS_UNAUTHENTICATED,
    onSuccess: (response) => {
      if (response.status === 'signed_in') rememberSession(queryClient, response.session);
    },
  });
}
