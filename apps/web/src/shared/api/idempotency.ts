/**
 * A new Idempotency-Key (a random UUID) for one create request: sent again unchanged when the
 * same request is retried, so the API creates nothing twice. crypto.randomUUID needs a secure
 * context; getRandomValues works everywhere.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Keeps one key per request body: a retry of the same request (after a timeout, say) reuses
 * it; a changed request gets a new one; after a success the next request gets a new one.
 */
export function idempotencyKeys() {
  let current: { body: string; key: string } | null = null;
  return {
    keyFor(request: unknown): string {
      const body = JSON.stringify(request);
      if (!current || current.body !== body) current = { body, key: newIdempotencyKey() };
      return current.key;
    },
    done(): void {
      current = null;
    },
  };
}
