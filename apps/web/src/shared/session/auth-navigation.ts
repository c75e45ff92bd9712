import { signInPath } from './next-path';

/** Why the member was sent to the sign-in page; the page says so. */
export interface SignInState {
  reason?: 'expired' | 'signed-out';
}

interface Navigation {
  navigate(to: string, state?: SignInState): void;
  /** The page being shown, or being opened during a navigation. */
  currentPath(): string;
}

let navigation: Navigation | null = null;

/** The router's part: how to go somewhere, and where we are. */
export function registerAuthNavigation(next: Navigation | null): void {
  navigation = next;
}

/** The session ended under the member (expired, ended elsewhere): sign in again, then come back. */
export function goToSignInAfterExpiry(): void {
  if (navigation) navigation.navigate(signInPath(navigation.currentPath()), { reason: 'expired' });
}

export function goTo(path: string): void {
  navigation?.navigate(path);
}
