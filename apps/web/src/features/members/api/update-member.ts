import { MemberDetail, type UpdateMemberRequest } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { DELEGATIONS_KEY } from '../../../shared/api/get-delegations';
import { MEMBERS_KEY } from '../../../shared/api/get-members';
import { SESSION_KEY } from '../../../shared/session/session';

export const updateMember = (id: string, body: UpdateMemberRequest) =>
  apiRequest(`/v1/members/${encodeURIComponent(id)}`, { method: 'PATCH', body, schema: MemberDetail });

/** After a change: the member's views, the directory (names, counts) and, if it is oneself, the session. */
export function invalidateAfterMemberChange(
  queryClient: ReturnType<typeof useQueryClient>,
  member: MemberDetail,
) {
  queryClient.setQueryData([...MEMBERS_KEY, 'detail', member.id], member);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: [...MEMBERS_KEY, 'list'] }),
    queryClient.invalidateQueries({ queryKey: DELEGATIONS_KEY }),
    queryClient.invalidateQueries({ queryKey: SESSION_KEY }),
  ]);
}

export function useUpdateMember(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMemberRequest) => updateMember(id, body),
    onSuccess: (member) => invalidateAfterMemberChange(queryClient, member),
  });
}
