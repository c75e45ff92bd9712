// Every query about meetings sits under one key, so that a change to a meeting refreshes its
// page, the list, the agenda and the attendance.
export const MEETINGS_KEY = ['meetings'] as const;
export const MEETING_LIST_KEY = [...MEETINGS_KEY, 'list'] as const;
export const meetingKey = (id: string) => [...MEETINGS_KEY, 'detail', id] as const;
export const agendaKey = (id: string) => [...meetingKey(id), 'agenda'] as const;
export const agendaVersionsKey = (id: string) => [...meetingKey(id), 'agenda-versions'] as const;
export const myAttendanceKey = (id: string) => [...meetingKey(id), 'attendance', 'me'] as const;
export const rosterKey = (id: string) => [...meetingKey(id), 'attendance', 'roster'] as const;
