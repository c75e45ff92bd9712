import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';

interface TokenState {
  linkToken?: string;
}

/**
 * The one-time token of an e-mailed link ("/reset-password#token=…"). The fragment never
 * reaches a server; once read, it is moved out of the address bar into the history entry's
 * state, so it is not shown, bookmarked or shared by accident, yet a reload still works.
 */
export function useLinkToken(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  const token = fromHash ?? (location.state as TokenState | null)?.linkToken ?? null;

  useEffect(() => {
    if (fromHash) {
      const state: TokenState = { linkToken: fromHash };
      void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state });
    }
  }, [fromHash, location.pathname, location.search, navigate]);

  return token ? token.trim() : null;
}
