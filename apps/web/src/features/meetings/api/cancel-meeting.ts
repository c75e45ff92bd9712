import { type CancelMeetingRequest, MeetingDetail } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { MEETING_LIST_KEY, meetingKey } from './keys';

export const cancelMeeting = (id: string, body: CancelMeetingRequest) =>
  apiRequest(`/v1/meetings/${encodeURIComponent(id)}/cancel`, {
    method: 'POST',
    body,
    schema: MeetingDetail,
  });

export function useCancelMeeting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CancelMeetingRequest) => cancelMeeting(id, body),
    onSuccess: async (meeting) => {
      queryClient.setQueryData(meetingKey(id), meeting);
      await queryClient.invalidateQueries({ queryKey: meetingKey(id) });
      return queryClient.invalidateQueries({ queryKey: MEETING_LIST_KEY });
    },
  });
}
