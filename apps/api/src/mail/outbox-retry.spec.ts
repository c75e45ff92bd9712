import { isLastAttempt, MAX_DELIVERY_ATTEMPTS, retryDelaySeconds } from './outbox-retry';

describe('outbox retry schedule', () => {
  it('waits 30 s after the first failure and doubles the wait after each further one', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(retryDelaySeconds)).toEqual([30, 60, 120, 240, 480, 960, 1920]);
  });

  it('never waits more than an hour', () => {
    expect(retryDelaySeconds(8)).toBe(3600);
    expect(retryDelaySeconds(11)).toBe(3600);
    expect(retryDelaySeconds(1000)).toBe(3600);
  });

  it('treats a message that was never tried like a first failure', () => {
    expect(retryDelaySeconds(0)).toBe(30);
    expect(retryDelaySeconds(-3)).toBe(30);
  });

  it('gives up after twelve attempts, about five hours after the first', () => {
    expect(MAX_DELIVERY_ATTEMPTS).toBe(12);
    expect(isLastAttempt(11)).toBe(false);
    expect(isLastAttempt(12)).toBe(true);
    // A crash after claiming the last attempt leaves the count one higher; still the last.
    expect(isLastAttempt(13)).toBe(true);
    const waits = Array.from({ length: MAX_DELIVERY_ATTEMPTS - 1 }, (_, i) => retryDelaySeconds(i + 1));
    const hours = waits.reduce((sum, seconds) => sum + seconds, 0) / 3600;
    expect(hours).toBeGreaterThan(4.5);
    expect(hours).toBeLessThan(5.5);
  });
});
