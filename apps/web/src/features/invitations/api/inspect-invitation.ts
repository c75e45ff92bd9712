import { InvitationPreview } from '@egcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';

export const inspectInvitation = (token: string, signal?: AbortSignal) =>
  apiRequest('/v1/invitations/inspect', {
    method: 'POST',
    body: { token },
    schema: InvitationPreview,
    signal,
  });

export const invitationPreviewQuery = (token: string) =>
  queryOptions({
    queryKey: ['invitations', 'inspect', token],
    queryFn: ({ signal }) => inspectInvitation(token, signal),
    retry: false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

export const useInvitationPreview = (token: string) => useQuery(invitationPreviewQuery(token));
