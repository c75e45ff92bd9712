import { InvitationSummary } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { INVITATIONS_KEY } from './get-invitations';

export const revokeInvitation = (id: string) =>
  apiRequest(`/v1/invitations/${encodeURIComponent(id)}/revoke`, {
    method: 'POST',
    schema: InvitationSummary,
  });

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeInvitation,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: INVITATIONS_KEY }),
        queryClient.invalidateQueries({ queryKey: ['outbox'] }),
      ]);
    },
  });
}
