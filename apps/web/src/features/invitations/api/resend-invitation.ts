import { InvitationSummary } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { INVITATIONS_KEY } from './get-invitations';

export const resendInvitation = (id: string) =>
  apiRequest(`/v1/invitations/${encodeURIComponent(id)}/resend`, {
    method: 'POST',
    schema: InvitationSummary,
  });

export function useResendInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resendInvitation,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: INVITATIONS_KEY }),
        queryClient.invalidateQueries({ queryKey: ['outbox'] }),
      ]);
    },
  });
}
