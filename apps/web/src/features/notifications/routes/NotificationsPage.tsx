import type { NotificationView } from '@egcc/contracts';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { describeError } from '../../../shared/api/client';
import type { LoaderFactory } from '../../../shared/api/loader';
import { safeNextPath } from '../../../shared/session/next-path';
import { Badge } from '../../../shared/ui/Badge';
import { Button } from '../../../shared/ui/form';
import { NOTIFICATION_KIND_TAGS } from '../../../shared/ui/labels';
import { Notice } from '../../../shared/ui/Notice';
import { RelativeTime } from '../../../shared/ui/RelativeTime';
import { ShowMore } from '../../../shared/ui/ShowMore';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { notificationsQuery, useNotifications } from '../api/get-notifications';
import { useMarkNotificationsRead } from '../api/mark-notifications-read';

const unreadOnlyIn = (params: URLSearchParams) => params.get('unread') === 'true';

export const notificationsLoader: LoaderFactory =
  (queryClient) =>
  async ({ request }) => {
    await queryClient.ensureInfiniteQueryData(
      notificationsQuery(unreadOnlyIn(new URL(request.url).searchParams)),
    );
    return null;
  };

/** What concerns the member: mentions, replies, new threads on followed tags, moderation. */
export function NotificationsPage() {
  usePageTitle('Notifications');
  const [params] = useSearchParams();
  const unreadOnly = unreadOnlyIn(params);
  const notifications = useNotifications(unreadOnly);
  const markRead = useMarkNotificationsRead();
  const [allRead, setAllRead] = useState(false);
  const items = notifications.data.pages.flatMap((page) => page.items);
  const unreadCount = notifications.data.pages[0]?.unreadCount ?? 0;

  return (
    <article className="page">
      <div className="page__header">
        <h1>Notifications</h1>
        <div className="button-group button-group--compact">
          {unreadCount > 0 && (
            <Button
              variant="secondary"
              pending={markRead.isPending}
              pendingLabel="Marking…"
              onClick={() => {
                setAllRead(false);
                markRead.mutate({ all: true }, { onSuccess: () => setAllRead(true) });
              }}
            >
              Mark all as read
            </Button>
          )}
          <Link to="/profile/notifications" className="button button--secondary">
            Notification settings
          </Link>
        </div>
      </div>
      <p className="lead">
        {unreadCount === 0
          ? 'You have no unread notifications.'
          : `You have ${unreadCount} unread ${unreadCount === 1 ? 'notification' : 'notifications'}.`}
      </p>
      <div role="status">
        {allRead && (
          <Notice tone="success">
            <p>Every notification is marked as read.</p>
          </Notice>
        )}
      </div>
      {markRead.isError && (
        <Notice tone="error" live>
          <p>{describeError(markRead.error)}</p>
        </Notice>
      )}
      <nav aria-label="Which notifications" className="sub-nav">
        <ul>
          <li>
            <Link to="/notifications" aria-current={unreadOnly ? undefined : 'page'}>
              All
            </Link>
          </li>
          <li>
            <Link to="/notifications?unread=true" aria-current={unreadOnly ? 'page' : undefined}>
              Unread
            </Link>
          </li>
        </ul>
      </nav>
      {items.length === 0 ? (
        <p role="status">{unreadOnly ? 'Nothing unread.' : 'Nothing yet: notifications appear here.'}</p>
      ) : (
        <ul className="notification-list" aria-label={unreadOnly ? 'Unread notifications' : 'Notifications'}>
          {items.map((notification) => (
            <NotificationItem
              key={notification.id}
              notification={notification}
              onRead={(ids) => markRead.mutate({ ids })}
              pending={markRead.isPending}
            />
          ))}
        </ul>
      )}
      <ShowMore list={notifications} shown={items.length} noun="notifications" />
    </article>
  );
}

function NotificationItem({
  notification,
  onRead,
  pending,
}: {
  notification: NotificationView;
  onRead: (ids: string[]) => void;
  pending: boolean;
}) {
  // Links come from the API; only paths of this site are followed.
  const to = safeNextPath(notification.link, '/notifications');
  return (
    <li className={`notification${notification.read ? '' : ' notification--unread'}`}>
      <p className="notification__kind">
        <Badge tone={notification.read ? 'neutral' : 'info'}>
          {NOTIFICATION_KIND_TAGS[notification.kind]}
        </Badge>
        {!notification.read && <span className="notification__unread">Unread</span>}
      </p>
      <p className="notification__title">
        <Link
          to={to}
          onClick={() => {
            if (!notification.read) onRead([notification.id]);
          }}
        >
          {notification.title}
        </Link>
      </p>
      {notification.excerpt && <p className="notification__excerpt">{notification.excerpt}</p>}
      <p className="notification__meta">
        <RelativeTime iso={notification.createdAt} />
        {!notification.read && (
          <>
            {' '}
            <Button variant="link" pending={pending} onClick={() => onRead([notification.id])}>
              Mark as read<span className="visually-hidden">: {notification.title}</span>
            </Button>
          </>
        )}
      </p>
    </li>
  );
}
