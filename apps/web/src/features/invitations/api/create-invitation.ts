import { type CreateInvitationRequest, InvitationSummary } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { MEMBERS_KEY } from '../../../shared/api/get-members';
import { INVITATIONS_KEY } from './get-invitations';

export const createInvitation = (body: CreateInvitationRequest) =>
  apiRequest('/v1/invitations', { method: 'POST', body, schema: InvitationSummary });

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: async () => {
      // The invitee is a member now (status INVITED), and an e-mail waits in the outbox.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: INVITATIONS_KEY }),
        queryClient.invalidateQueries({ queryKey: MEMBERS_KEY }),
        queryClient.invalidateQueries({ queryKey: ['outbox'] }),
      ]);
    },
  });
}
