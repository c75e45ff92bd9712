import {
  type ApproveMinutesRequest,
  type CirculateMinutesRequest,
  type CreateMinutesCommentRequest,
  MinutesRevisionDetail,
  MinutesRevisionSummary,
  MinutesView,
  type SaveMinutesRequest,
} from '@egcc/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { ApiError, apiRequest } from '../../../shared/api/client';
import { MEETING_LIST_KEY, meetingKey } from './keys';

// Minutes: the chair's draft, circulation and approval, members' comments, and every version.

export const minutesKey = (meetingId: string) => [...meetingKey(meetingId), 'minutes'] as const;
export const minutesRevisionsKey = (meetingId: string) => [...minutesKey(meetingId), 'revisions'] as const;

const minutesPath = (meetingId: string) => `/v1/meetings/${encodeURIComponent(meetingId)}/minutes`;

/** The minutes, or null while there are none the reader may see (a 404: not drafted, or not circulated yet). */
export const getMinutes = async (meetingId: string, signal?: AbortSignal) => {
  try {
    return await apiRequest(minutesPath(meetingId), { schema: MinutesView, signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
};

export const minutesQuery = (meetingId: string) =>
  queryOptions({
    queryKey: minutesKey(meetingId),
    queryFn: ({ signal }) => getMinutes(meetingId, signal),
    staleTime: 5_000,
  });

export const useMinutes = (meetingId: string) => useQuery(minutesQuery(meetingId));

export const getMinutesRevisions = (meetingId: string, signal?: AbortSignal) =>
  apiRequest(`${minutesPath(meetingId)}/revisions`, { schema: z.array(MinutesRevisionSummary), signal });

export const useMinutesRevisions = (meetingId: string, enabled: boolean) =>
  useQuery({
    queryKey: minutesRevisionsKey(meetingId),
    queryFn: ({ signal }) => getMinutesRevisions(meetingId, signal),
    staleTime: 5_000,
    enabled,
  });

export const getMinutesRevision = (meetingId: string, version: number, signal?: AbortSignal) =>
  apiRequest(`${minutesPath(meetingId)}/revisions/${version}`, { schema: MinutesRevisionDetail, signal });

export const useMinutesRevision = (meetingId: string, version: number | null) =>
  useQuery({
    queryKey: [...minutesRevisionsKey(meetingId), version],
    queryFn: ({ signal }) => getMinutesRevision(meetingId, version ?? 0, signal),
    staleTime: Infinity,
    enabled: version !== null,
  });

/** The version someone else saved meanwhile, when a save or step was based on an older one. */
export function staleMinutesVersion(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const current = (error.problem as { currentVersion?: unknown }).currentVersion;
  return typeof current === 'number' ? current : null;
}

type MinutesStep =
  | { step: 'save'; body: SaveMinutesRequest }
  | { step: 'circulate'; body: CirculateMinutesRequest }
  | { step: 'approve'; body: ApproveMinutesRequest }
  | { step: 'comment'; body: CreateMinutesCommentRequest };

export const changeMinutes = (meetingId: string, change: MinutesStep) => {
  const path = minutesPath(meetingId);
  switch (change.step) {
    case 'save':
      return apiRequest(path, { method: 'PUT', body: change.body, schema: MinutesView });
    case 'circulate':
      return apiRequest(`${path}/circulate`, { method: 'POST', body: change.body, schema: MinutesView });
    case 'approve':
      return apiRequest(`${path}/approve`, { method: 'POST', body: change.body, schema: MinutesView });
    case 'comment':
      return apiRequest(`${path}/comments`, { method: 'POST', body: change.body, schema: MinutesView });
  }
};

/** Saving, circulating, approving and commenting all answer with the minutes as they now are. */
export function useChangeMinutes(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: MinutesStep) => changeMinutes(meetingId, change),
    onSuccess: async (minutes, change) => {
      queryClient.setQueryData(minutesKey(meetingId), minutes);
      await queryClient.invalidateQueries({ queryKey: minutesRevisionsKey(meetingId), exact: true });
      if (change.step === 'save' && minutes.version > 1) return;
      // The meeting's status and what the reader may do next change with the step.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: meetingKey(meetingId), exact: true }),
        queryClient.invalidateQueries({ queryKey: MEETING_LIST_KEY }),
      ]);
    },
  });
}
