import { MemberDetail } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { invalidateAfterMemberChange } from './update-member';

export const deactivateMember = (id: string) =>
  apiRequest(`/v1/members/${encodeURIComponent(id)}/deactivate`, { method: 'POST', schema: MemberDetail });

export function useDeactivateMember(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deactivateMember(id),
    onSuccess: (member) => invalidateAfterMemberChange(queryClient, member),
  });
}
