import { type AcceptInvitationRequest, SignInResponse } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { EXPECTS_UNAUTHENTICATED } from '../../../shared/session/auth-failures';
import { rememberSession } from '../../../shared/session/session';

export const acceptInvitation = (body: AcceptInvitationRequest) =>
  apiRequest('/v1/invitations/accept', { method: 'POST', body, schema: SignInResponse });

/** Chooses the password and signs the new member in. */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    meta: EXPECTS_UNAUTHENTICATED,
    onSuccess: (response, request) => {
      queryClient.removeQueries({ queryKey: ['invitations', 'inspect', request.token] });
      if (response.status === 'signed_in') rememberSession(queryClient, response.session);
    },
  });
}
