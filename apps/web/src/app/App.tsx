import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { queryClient } from '../shared/api/query-client';
import { registerAuthNavigation, type SignInState } from '../shared/session/auth-failures';
import { createAppRouter } from './router';

const router = createAppRouter(queryClient);

// A lost session or a required two-factor set-up, noticed by any request, leads here.
registerAuthNavigation({
  navigate: (to, state?: SignInState) => void router.navigate(to, { state }),
  currentPath: () => {
    // During a navigation, the page being opened is the one to come back to.
    const location = router.state.navigation.location ?? router.state.location;
    return `${location.pathname}${location.search}`;
  },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
