import { DelegationSummary } from '@egcc/contracts';
import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';

// Shared by the directory and by every form that places a member in a delegation.

export const getDelegations = (signal?: AbortSignal) =>
  apiRequest('/v1/delegations', { schema: z.array(DelegationSummary), signal });

export const DELEGATIONS_KEY = ['delegations'] as const;

export const delegationsQuery = () =>
  queryOptions({
    queryKey: DELEGATIONS_KEY,
    queryFn: ({ signal }) => getDelegations(signal),
    staleTime: 5 * 60_000,
  });

export const useDelegations = () => useQuery(delegationsQuery());
export const useDelegationsSuspense = () => useSuspenseQuery(delegationsQuery());
