import {
  type AnswerAttendanceRequest,
  AttendanceReminderResult,
  AttendanceRoster,
  AttendanceView,
} from '@egcc/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { MEETING_LIST_KEY, meetingKey, myAttendanceKey, rosterKey } from './keys';

// Attendance: the member's own answer, and the roster and reminders for chairs and the secretariat.

const attendancePath = (meetingId: string) => `/v1/meetings/${encodeURIComponent(meetingId)}/attendance`;

export const getMyAttendance = (meetingId: string, signal?: AbortSignal) =>
  apiRequest(`${attendancePath(meetingId)}/me`, { schema: AttendanceView.nullable(), signal });

export const myAttendanceQuery = (meetingId: string) =>
  queryOptions({
    queryKey: myAttendanceKey(meetingId),
    queryFn: ({ signal }) => getMyAttendance(meetingId, signal),
    staleTime: 10_000,
  });

export const useMyAttendance = (meetingId: string) => useQuery(myAttendanceQuery(meetingId));

export const answerAttendance = (meetingId: string, body: AnswerAttendanceRequest) =>
  apiRequest(attendancePath(meetingId), { method: 'PUT', body, schema: AttendanceView });

export function useAnswerAttendance(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AnswerAttendanceRequest) => answerAttendance(meetingId, body),
    onSuccess: async (answer) => {
      queryClient.setQueryData(myAttendanceKey(meetingId), answer);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: meetingKey(meetingId), exact: true }),
        queryClient.invalidateQueries({ queryKey: rosterKey(meetingId) }),
      ]);
      return queryClient.invalidateQueries({ queryKey: MEETING_LIST_KEY });
    },
  });
}

export const getRoster = (meetingId: string, signal?: AbortSignal) =>
  apiRequest(attendancePath(meetingId), { schema: AttendanceRoster, signal });

export const rosterQuery = (meetingId: string) =>
  queryOptions({
    queryKey: rosterKey(meetingId),
    queryFn: ({ signal }) => getRoster(meetingId, signal),
    staleTime: 10_000,
  });

export const useRoster = (meetingId: string, enabled: boolean) =>
  useQuery({ ...rosterQuery(meetingId), enabled });

export const remindAttendance = (meetingId: string) =>
  apiRequest(`${attendancePath(meetingId)}/reminders`, { method: 'POST', schema: AttendanceReminderResult });

export function useRemindAttendance(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => remindAttendance(meetingId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rosterKey(meetingId) }),
  });
}
