import { DelegationDetail } from '@egcc/contracts';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { DELEGATIONS_KEY } from '../../../shared/api/get-delegations';

export const getDelegation = (code: string, signal?: AbortSignal) =>
  apiRequest(`/v1/delegations/${encodeURIComponent(code)}`, { schema: DelegationDetail, signal });

export const delegationQuery = (code: string) =>
  queryOptions({
    queryKey: [...DELEGATIONS_KEY, code],
    queryFn: ({ signal }) => getDelegation(code, signal),
  });

export const useDelegation = (code: string) => useSuspenseQuery(delegationQuery(code));
