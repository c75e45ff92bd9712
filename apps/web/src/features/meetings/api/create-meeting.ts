import { type CreateMeetingRequest, MeetingDetail } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { MEETING_LIST_KEY, meetingKey } from './keys';

export const createMeeting = (body: CreateMeetingRequest, idempotencyKey: string) =>
  apiRequest('/v1/meetings', {
    method: 'POST',
    body,
    headers: { 'idempotency-key': idempotencyKey },
    schema: MeetingDetail,
  });

export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CreateMeetingRequest; idempotencyKey: string }) =>
      createMeeting(body, idempotencyKey),
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKey(meeting.id), meeting);
      return queryClient.invalidateQueries({ queryKey: MEETING_LIST_KEY });
    },
  });
}
