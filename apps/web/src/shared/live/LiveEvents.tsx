import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { apiRequest } from '../api/client';
import { SESSION_KEY } from '../session/session';
import { useAnnounce } from '../ui/Announcer';
import { type EventSourceFactory, LiveConnection, type LiveEvent } from './live-connection';
import {
  newNotificationsAnnouncement,
  NOTIFICATIONS_KEY,
  setUnreadSummary,
  THREADS_KEY,
  UNREAD_KEY,
} from './unread';

const LiveContext = createContext<LiveConnection | null>(null);

/** How long notifications arriving together are gathered into one announcement. */
export const ANNOUNCE_GATHER_MS = 1500;

interface NewNotification {
  id: string;
  title: string;
  link: string;
}

const newestNotificationsParser = {
  parse(value: unknown): NewNotification[] {
    const items = (value as { items?: unknown } | null)?.items;
    if (!Array.isArray(items)) throw new TypeError('not a notification page');
    return items.filter(
      (item): item is NewNotification =>
        typeof item?.id === 'string' && typeof item?.title === 'string' && typeof item?.link === 'string',
    );
  },
};

let sourceFactory: EventSourceFactory | undefined;

/** Tests replace the browser's EventSource here. */
export function setEventSourceFactory(factory: EventSourceFactory | undefined): void {
  sourceFactory = factory;
}

/**
 * The signed-in member's live events: one stream for the tab, which keeps the navigation's
 * badges current and announces new notifications (not those about the thread on screen,
 * whose page says what arrived). Pages listen with useLiveEvents.
 */
export function LiveEventsProvider({
  memberId,
  children,
}: {
  /** The signed-in member; null when nobody is (no stream then). */
  memberId: string | null;
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const location = useLocation();
  const pathRef = useRef(location.pathname);
  useEffect(() => {
    pathRef.current = location.pathname;
  }, [location.pathname]);
  // One connection for the tab; started while a member is signed in.
  const [connection] = useState(() =>
    sourceFactory || typeof EventSource !== 'undefined'
      ? new LiveConnection({
          createSource: sourceFactory,
          // A fresh stream starts with what happens next: catch up with what happened before.
          onOpen: () => void queryClient.invalidateQueries({ queryKey: UNREAD_KEY }),
          // Perhaps the session ended: the session query finds out, and leads to the sign-in page.
          onClosed: () => void queryClient.invalidateQueries({ queryKey: SESSION_KEY }),
        })
      : null,
  );

  useEffect(() => {
    // No EventSource (an old browser, a test): the badges still refresh now and then.
    if (!memberId || !connection) return;
    const live = connection;
    let gathered: string[] = [];
    let gatherTimer: ReturnType<typeof setTimeout> | null = null;
    const announceGathered = async () => {
      gatherTimer = null;
      const ids = gathered;
      gathered = [];
      try {
        const newest = await apiRequest('/v1/notifications', {
          query: { unread: 'true', limit: Math.min(ids.length, 20) },
          schema: newestNotificationsParser,
        });
        const titles = newest
          .filter((item) => ids.includes(item.id))
          // The page of the thread on screen says itself what arrived there.
          .filter((item) => item.link.split(/[?#]/)[0] !== pathRef.current)
          .map((item) => item.title);
        const message = newNotificationsAnnouncement(titles);
        if (message) announce(message);
      } catch {
        // The badge still shows the count.
      }
    };

    const unsubscribe = live.subscribe((event: LiveEvent) => {
      switch (event.type) {
        case 'notification.created':
          setUnreadSummary(queryClient, { unreadNotifications: event.unreadCount });
          // Followed threads with new posts, and the lists, may have changed too.
          void queryClient.invalidateQueries({ queryKey: UNREAD_KEY });
          void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
          void queryClient.invalidateQueries({ queryKey: [...THREADS_KEY, 'list'] });
          gathered.push(event.notificationId);
          gatherTimer ??= setTimeout(() => void announceGathered(), ANNOUNCE_GATHER_MS);
          break;
        case 'notifications.read':
          setUnreadSummary(queryClient, { unreadNotifications: event.unreadCount });
          void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
          break;
        case 'reconnected':
          void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
          void queryClient.invalidateQueries({ queryKey: [...THREADS_KEY, 'list'] });
          break;
        default:
          break;
      }
    });
    live.start();
    return () => {
      unsubscribe();
      if (gatherTimer) clearTimeout(gatherTimer);
      live.stop();
    };
  }, [memberId, connection, queryClient, announce]);

  return <LiveContext.Provider value={connection}>{children}</LiveContext.Provider>;
}

/** Calls `listener` with every live event while the component is shown. */
export function useLiveEvents(listener: (event: LiveEvent) => void): void {
  const connection = useContext(LiveContext);
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    if (!connection) return;
    return connection.subscribe((event) => latest.current(event));
  }, [connection]);
}

/** Adds the thread on screen to the tab's stream while the component is shown. */
export function useLiveThread(threadId: string): void {
  const connection = useContext(LiveContext);
  useEffect(() => {
    if (!connection) return;
    connection.setThread(threadId);
    return () => connection.setThread(null);
  }, [connection, threadId]);
}
