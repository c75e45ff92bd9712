import { useEffect, useState } from 'react';
import { useMemberTimeZone } from '../session/session';
import { formatDateTime, formatRelative } from './format';

const WEEK_MS = 7 * 86_400_000;

/**
 * "5 minutes ago" (or the date, when older than a week), with the exact time in the member's
 * time zone as the tooltip and in the machine-readable datetime.
 */
export function RelativeTime({ iso }: { iso: string }) {
  const timeZone = useMemberTimeZone();
  const now = useNow();
  const exact = formatDateTime(iso, timeZone);
  const old = Math.abs(now - new Date(iso).getTime()) > WEEK_MS;
  return (
    <time dateTime={iso} title={exact}>
      {old ? exact : formatRelative(iso, now)}
    </time>
  );
}

/** The time now, updated every minute, so that "just now" becomes "3 minutes ago". */
function useNow(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
