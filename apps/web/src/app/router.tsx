import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout, PageLoading } from '../shared/ui/Layout';
import { ErrorPage } from '../features/errors/routes/ErrorPage';
import { NotFoundPage } from '../features/errors/routes/NotFoundPage';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <ErrorPage standalone />,
    HydrateFallback: PageLoading,
    children: [
      {
        // The error element inside the layout keeps the navigation usable when a page fails.
        errorElement: <ErrorPage />,
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('../features/home/routes/HomePage')).HomePage }),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
