import { MemberDetail } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { invalidateAfterMemberChange } from './update-member';

export const reactivateMember = (id: string) =>
  apiRequest(`/v1/members/${encodeURIComponent(id)}/reactivate`, { method: 'POST', schema: MemberDetail });

export function useReactivateMember(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => reactivateMember(id),
    onSuccess: (member) => invalidateAfterMemberChange(queryClient, member),
  });
}
