import type { MeetingDetail } from '@egcc/contracts';

/** The member's own answer, and for chairs and the secretariat the roster. */
export function AttendanceSection({ meeting }: { meeting: MeetingDetail }) {
  return (
    <section className="meeting-section" aria-labelledby="meeting-attendance-heading">
      <h2 id="meeting-attendance-heading">Attendance</h2>
      <p>{meeting.myAttendance ?? 'You have not answered yet.'}</p>
    </section>
  );
}
