import { CurrentMember } from '@egcc/contracts';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';

export const getMe = (signal?: AbortSignal) => apiRequest('/v1/me', { schema: CurrentMember, signal });

export const ME_KEY = ['me'] as const;

export const meQuery = () => queryOptions({ queryKey: ME_KEY, queryFn: ({ signal }) => getMe(signal) });

export const useMe = () => useSuspenseQuery(meQuery());
