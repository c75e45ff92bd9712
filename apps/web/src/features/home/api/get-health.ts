import { HealthResponse } from '@egcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';

export const getHealth = (signal?: AbortSignal) => apiRequest('/health', { schema: HealthResponse, signal });

export const healthQuery = () =>
  queryOptions({ queryKey: ['health'], queryFn: ({ signal }) => getHealth(signal), staleTime: 60_000 });

export const useHealth = () => useQuery(healthQuery());
