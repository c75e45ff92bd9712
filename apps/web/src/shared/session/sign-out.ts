import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { apiRequest } from '../api/client';
import { EXPECTS_UNAUTHENTICATED, type SignInState } from './auth-failures';
import { rememberSession } from './session';

export const signOut = () => apiRequest('/v1/auth/sign-out', { method: 'POST' });

/**
 * Ends this session and goes to the sign-in page. The member is signed out here even when
 * the session had already ended on the server.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: signOut,
    meta: EXPECTS_UNAUTHENTICATED,
    onSettled: () => {
      // Forget the session and start the navigation in one go: nothing renders in between.
      rememberSession(queryClient, null);
      const state: SignInState = { reason: 'signed-out' };
      void navigate('/sign-in', { replace: true, state });
    },
  });
}
