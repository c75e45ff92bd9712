import { MemberDetail } from '@egcc/contracts';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { MEMBERS_KEY } from '../../../shared/api/get-members';

export const getMember = (id: string, signal?: AbortSignal) =>
  apiRequest(`/v1/members/${encodeURIComponent(id)}`, { schema: MemberDetail, signal });

export const memberQuery = (id: string) =>
  queryOptions({ queryKey: [...MEMBERS_KEY, 'detail', id], queryFn: ({ signal }) => getMember(id, signal) });

export const useMember = (id: string) => useSuspenseQuery(memberQuery(id));
