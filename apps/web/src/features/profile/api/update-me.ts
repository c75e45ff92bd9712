import { CurrentMember, type UpdateProfileRequest } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { SESSION_KEY } from '../../../shared/session/session';
import { ME_KEY } from './get-me';

export const updateMe = (body: UpdateProfileRequest) =>
  apiRequest('/v1/me', { method: 'PATCH', body, schema: CurrentMember });

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (member) => {
      queryClient.setQueryData(ME_KEY, member);
      // The header shows the name from the session.
      return queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
}
