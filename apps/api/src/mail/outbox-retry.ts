/** After this many attempts a message is FAILED: kept for the record and for a manual retry. */
export const MAX_DELIVERY_ATTEMPTS = 12;

const FIRST_RETRY_SECONDS = 30;
const LONGEST_RETRY_SECONDS = 60 * 60;

/**
 * How long to wait before the next try after the given (1-based) attempt failed: 30 s,
 * doubling each time, at most an hour. Twelve attempts span about five hours, enough to ride
 * out a mail server's maintenance window without hammering it.
 */
export function retryDelaySeconds(attempt: number): number {
  const exponent = Math.max(0, Math.floor(attempt) - 1);
  // 2^7 × 30 s already exceeds the cap; stop before the power grows without bound.
  if (exponent >= 7) return LONGEST_RETRY_SECONDS;
  return Math.min(FIRST_RETRY_SECONDS * 2 ** exponent, LONGEST_RETRY_SECONDS);
}

/** Whether the attempt that just failed was the last one. */
export function isLastAttempt(attempt: number): boolean {
  return attempt >= MAX_DELIVERY_ATTEMPTS;
}
