import { ReferenceData } from '@egcc/contracts';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiRequest } from './client';

// The group's vocabularies (focus areas, gap kinds…): tags and filters in several features.

export const getReference = (signal?: AbortSignal) =>
  apiRequest('/v1/reference', { schema: ReferenceData, signal });

export const referenceQuery = () =>
  queryOptions({
    queryKey: ['reference'] as const,
    queryFn: ({ signal }) => getReference(signal),
    staleTime: 60 * 60_000,
  });

export const useReference = () => useSuspenseQuery(referenceQuery());

/** Names by code, for showing tags. */
export function referenceLabels(reference: ReferenceData) {
  return {
    focusArea: (code: string) => reference.focusAreas.find((area) => area.code === code)?.name ?? code,
    gapKind: (code: string) => reference.gapKinds.find((kind) => kind.code === code)?.name ?? code,
  };
}
