import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { createBrowserRouter, redirect, type RouteObject } from 'react-router';
import type { LoaderFactory } from '../shared/api/loader';
import { ErrorPage } from '../features/errors/routes/ErrorPage';
import { NotFoundPage } from '../features/errors/routes/NotFoundPage';
import { redirectIfSignedIn, requireSession } from '../shared/session/guards';
import { sessionQuery } from '../shared/session/session';
import { Layout, PageLoading } from '../shared/ui/Layout';

/**
 * A lazily loaded page: its code (and zod, the contracts, the form kit) loads with the first
 * visit, not with the app. `loader` names the module's LoaderFactory, if it has one.
 */
function page<M extends Record<string, unknown>>(
  queryClient: QueryClient,
  load: () => Promise<M>,
  component: keyof M,
  loader?: keyof M,
): RouteObject['lazy'] {
  return async () => {
    const module = await load();
    return {
      Component: module[component] as ComponentType,
      ...(loader ? { loader: (module[loader] as LoaderFactory)(queryClient) } : {}),
    };
  };
}

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const lazy = <M extends Record<string, unknown>>(
    load: () => Promise<M>,
    component: keyof M,
    loader?: keyof M,
  ) => page(queryClient, load, component, loader);

  return [
    {
      id: 'root',
      element: <Layout />,
      errorElement: <ErrorPage standalone />,
      HydrateFallback: PageLoading,
      // Who is signed in decides the navigation, so the session is known before anything renders.
      loader: async () => {
        await queryClient.ensureQueryData(sessionQuery());
        return null;
      },
      shouldRevalidate: () => false,
      children: [
        {
          // The error element inside the layout keeps the navigation usable when a page fails.
          errorElement: <ErrorPage />,
          children: [
            {
              path: 'sign-in',
              loader: redirectIfSignedIn(queryClient),
              lazy: lazy(() => import('../features/auth/routes/SignInPage'), 'SignInPage'),
            },
            {
              path: 'forgot-password',
              loader: redirectIfSignedIn(queryClient),
              lazy: lazy(() => import('../features/auth/routes/ForgotPasswordPage'), 'ForgotPasswordPage'),
            },
            {
              path: 'reset-password',
              lazy: lazy(() => import('../features/auth/routes/ResetPasswordPage'), 'ResetPasswordPage'),
            },
            {
              path: 'accept-invitation',
              lazy: lazy(
                () => import('../features/invitations/routes/AcceptInvitationPage'),
                'AcceptInvitationPage',
              ),
            },
            {
              // Members only. A session that ends while a page is open is noticed by the session
              // query and by any request answered 401 (shared/session/auth-failures).
              loader: requireSession(queryClient),
              // Checked on every navigation: a member who must set up two-factor sign-in stays there.
              shouldRevalidate: () => true,
              children: [
                { index: true, lazy: lazy(() => import('../features/home/routes/HomePage'), 'HomePage') },
                {
                  path: 'discussions',
                  lazy: lazy(
                    () => import('../features/discussions/routes/ThreadsPage'),
                    'ThreadsPage',
                    'threadsLoader',
                  ),
                },
                {
                  path: 'discussions/new',
                  lazy: lazy(
                    () => import('../features/discussions/routes/NewThreadPage'),
                    'NewThreadPage',
                    'newThreadLoader',
                  ),
                },
                {
                  path: 'discussions/:id',
                  lazy: lazy(
                    () => import('../features/discussions/routes/ThreadPage'),
                    'ThreadPage',
                    'threadLoader',
                  ),
                },
                {
                  path: 'reports/overview',
                  lazy: lazy(
                    () => import('../features/reports/routes/OverviewPage'),
                    'OverviewPage',
                    'overviewLoader',
                  ),
                },
                {
                  path: 'reports/compare',
                  lazy: lazy(
                    () => import('../features/reports/routes/ComparisonPage'),
                    'ComparisonPage',
                    'comparisonLoader',
                  ),
                },
                {
                  path: 'reports',
                  lazy: lazy(
                    () => import('../features/reports/routes/ReportsPage'),
                    'ReportsPage',
                    'reportsLoader',
                  ),
                },
                {
                  path: 'reports/new',
                  lazy: lazy(
                    () => import('../features/reports/routes/NewReportPage'),
                    'NewReportPage',
                    'newReportLoader',
                  ),
                },
                {
                  path: 'reports/:id',
                  lazy: lazy(
                    () => import('../features/reports/routes/ReportPage'),
                    'ReportPage',
                    'reportLoader',
                  ),
                },
                {
                  path: 'reports/:id/edit',
                  lazy: lazy(
                    () => import('../features/reports/routes/EditReportPage'),
                    'EditReportPage',
                    'editReportLoader',
                  ),
                },
                {
                  path: 'reports/:id/history',
                  lazy: lazy(
                    () => import('../features/reports/routes/ReportHistoryPage'),
                    'ReportHistoryPage',
                    'reportHistoryLoader',
                  ),
                },
                {
                  path: 'meetings',
                  lazy: lazy(
                    () => import('../features/meetings/routes/MeetingsPage'),
                    'MeetingsPage',
                    'meetingsLoader',
                  ),
                },
                {
                  path: 'meetings/new',
                  lazy: lazy(
                    () => import('../features/meetings/routes/NewMeetingPage'),
                    'NewMeetingPage',
                    'newMeetingLoader',
                  ),
                },
                {
                  path: 'meetings/:id',
                  lazy: lazy(
                    () => import('../features/meetings/routes/MeetingPage'),
                    'MeetingPage',
                    'meetingLoader',
                  ),
                },
                {
                  path: 'meetings/:id/edit',
                  lazy: lazy(
                    () => import('../features/meetings/routes/EditMeetingPage'),
                    'EditMeetingPage',
                    'editMeetingLoader',
                  ),
                },
                {
                  path: 'meetings/:id/agenda/history',
                  lazy: lazy(
                    () => import('../features/meetings/routes/AgendaHistoryPage'),
                    'AgendaHistoryPage',
                    'agendaHistoryLoader',
                  ),
                },
                {
                  path: 'action-items',
                  lazy: lazy(
                    () => import('../features/meetings/routes/ActionItemsPage'),
                    'ActionItemsPage',
                    'actionItemsLoader',
                  ),
                },
                {
                  path: 'action-items/:id',
                  lazy: lazy(
                    () => import('../features/meetings/routes/ActionItemPage'),
                    'ActionItemPage',
                    'actionItemLoader',
                  ),
                },
                {
                  path: 'search',
                  lazy: lazy(
                    () => import('../features/search/routes/SearchPage'),
                    'SearchPage',
                    'searchLoader',
                  ),
                },
                {
                  path: 'notifications',
                  lazy: lazy(
                    () => import('../features/notifications/routes/NotificationsPage'),
                    'NotificationsPage',
                    'notificationsLoader',
                  ),
                },
                {
                  path: 'directory',
                  lazy: lazy(
                    () => import('../features/directory/routes/DirectoryPage'),
                    'DirectoryPage',
                    'directoryLoader',
                  ),
                },
                {
                  path: 'directory/:code',
                  lazy: lazy(
                    () => import('../features/directory/routes/DelegationPage'),
                    'DelegationPage',
                    'delegationLoader',
                  ),
                },
                {
                  path: 'profile',
                  lazy: lazy(
                    () => import('../features/profile/routes/ProfilePage'),
                    'ProfilePage',
                    'profileLoader',
                  ),
                },
                {
                  path: 'profile/sessions',
                  lazy: lazy(
                    () => import('../features/profile/routes/SessionsPage'),
                    'SessionsPage',
                    'sessionsLoader',
                  ),
                },
                {
                  path: 'profile/notifications',
                  lazy: lazy(
                    () => import('../features/profile/routes/NotificationSettingsPage'),
                    'NotificationSettingsPage',
                    'notificationSettingsLoader',
                  ),
                },
                {
                  path: 'profile/calendar',
                  lazy: lazy(
                    () => import('../features/profile/routes/CalendarFeedPage'),
                    'CalendarFeedPage',
                    'calendarFeedLoader',
                  ),
                },
                {
                  path: 'profile/two-factor',
                  lazy: lazy(
                    () => import('../features/profile/routes/TwoFactorPage'),
                    'TwoFactorPage',
                    'twoFactorLoader',
                  ),
                },
                {
                  path: 'admin',
                  lazy: lazy(() => import('../features/admin/routes/AdminLayout'), 'AdminLayout'),
                  children: [
                    { index: true, loader: () => redirect('/admin/members') },
                    {
                      path: 'members',
                      lazy: lazy(
                        () => import('../features/members/routes/MembersPage'),
                        'MembersPage',
                        'membersLoader',
                      ),
                    },
                    {
                      path: 'members/:id',
                      lazy: lazy(
                        () => import('../features/members/routes/MemberPage'),
                        'MemberPage',
                        'memberLoader',
                      ),
                    },
                    {
                      path: 'invitations',
                      lazy: lazy(
                        () => import('../features/invitations/routes/InvitationsPage'),
                        'InvitationsPage',
                        'invitationsLoader',
                      ),
                    },
                    {
                      path: 'invitations/new',
                      lazy: lazy(
                        () => import('../features/invitations/routes/NewInvitationPage'),
                        'NewInvitationPage',
                        'newInvitationLoader',
                      ),
                    },
                    {
                      path: 'delegations',
                      lazy: lazy(
                        () => import('../features/directory/routes/AdminDelegationsPage'),
                        'AdminDelegationsPage',
                        'adminDelegationsLoader',
                      ),
                    },
                    {
                      path: 'delegations/:code',
                      lazy: lazy(
                        () => import('../features/directory/routes/AdminDelegationPage'),
                        'AdminDelegationPage',
                        'adminDelegationLoader',
                      ),
                    },
                    {
                      path: 'reporting-periods',
                      lazy: lazy(
                        () => import('../features/admin/routes/ReportingPeriodsPage'),
                        'ReportingPeriodsPage',
                        'reportingPeriodsLoader',
                      ),
                    },
                    {
                      path: 'audit',
                      lazy: lazy(
                        () => import('../features/audit/routes/AuditPage'),
                        'AuditPage',
                        'auditLoader',
                      ),
                    },
                    {
                      path: 'outbox',
                      lazy: lazy(
                        () => import('../features/outbox/routes/OutboxPage'),
                        'OutboxPage',
                        'outboxLoader',
                      ),
                    },
                    {
                      path: 'outbox/:id',
                      lazy: lazy(
                        () => import('../features/outbox/routes/OutboxMessagePage'),
                        'OutboxMessagePage',
                        'outboxMessageLoader',
                      ),
                    },
                  ],
                },
              ],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient));
}
