import { MeetingDetail, type UpdateMeetingRequest } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { MEETING_LIST_KEY, meetingKey } from './keys';

export const updateMeeting = (id: string, body: UpdateMeetingRequest) =>
  apiRequest(`/v1/meetings/${encodeURIComponent(id)}`, { method: 'PATCH', body, schema: MeetingDetail });

export function useUpdateMeeting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMeetingRequest) => updateMeeting(id, body),
    onSuccess: async (meeting) => {
      queryClient.setQueryData(meetingKey(id), meeting);
      // The time plan follows the meeting's start and end.
      await queryClient.invalidateQueries({ queryKey: meetingKey(id) });
      return queryClient.invalidateQueries({ queryKey: MEETING_LIST_KEY });
    },
  });
}
