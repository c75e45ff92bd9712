import { useMemberTimeZone } from '../../../shared/session/session';
import { viewerTimeZone } from './meeting-time';

/** The viewer's own zone: the one in their profile, else the browser's. */
export function useViewerZone(): string {
  return useMemberTimeZone() ?? viewerTimeZone();
}
