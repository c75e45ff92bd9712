/**
 * Where to go after signing in: only a path of this site ("/directory/fi"), never another
 * site ("//evil.example", "https://…", "/\\evil.example") nor the sign-in pages themselves.
 */
export function safeNextPath(raw: string | null | undefined, fallback = '/'): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return fallback;
  // Control characters and backslashes have no business in our paths; browsers fold some of them.
  if (raw.includes('\\') || [...raw].some((char) => char.charCodeAt(0) < 0x20)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, 'https://portal.invalid');
  } catch {
    return fallback;
  }
  if (url.origin !== 'https://portal.invalid') return fallback;
  if (['/sign-in', '/forgot-password'].includes(url.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in address that comes back to `path` afterwards. */
export function signInPath(path: string): string {
  const next = safeNextPath(path, '');
  return next && next !== '/' ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in';
}
