import { ResetLinkPreview } from '@egcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';

export { ResetLinkPreview };

export const inspectPasswordReset = (token: string, signal?: AbortSignal) =>
  apiRequest('/v1/password-resets/inspect', {
    method: 'POST',
    body: { token },
    schema: ResetLinkPreview,
    signal,
  });

export const passwordResetQuery = (token: string) =>
  queryOptions({
    queryKey: ['password-resets', 'inspect', token],
    queryFn: ({ signal }) => inspectPasswordReset(token, signal),
    // The link either works or says why not; asking again would not change that.
    retry: false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

export const usePasswordReset = (token: string) => useQuery(passwordResetQuery(token));
