import { SessionSummary } from '@egcc/contracts';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../shared/api/client';
import { ME_KEY } from './get-me';

export const getMySessions = (signal?: AbortSignal) =>
  apiRequest('/v1/me/sessions', { schema: z.array(SessionSummary), signal });

export const SESSIONS_KEY = [...ME_KEY, 'sessions'] as const;

export const mySessionsQuery = () =>
  queryOptions({ queryKey: SESSIONS_KEY, queryFn: ({ signal }) => getMySessions(signal) });

export const useMySessions = () => useSuspenseQuery(mySessionsQuery());
