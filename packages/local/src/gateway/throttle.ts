/**
 * API Gateway's route throttling, locally: a token bucket per route holding `burstLimit` tokens and
 * refilled at `rateLimit` per second. Answers how long to wait when empty.
 */
export function createThrottle(limits: { burstLimit: number; rateLimit: number }, now: () => number = Date.now) {
  let tokens = limits.burstLimit;
  let last = now();
  return (): { allowed: true } | { allowed: false; retryAfterSeconds: number } => {
    const current = now();
    tokens = Math.min(limits.burstLimit, tokens + ((current - last) / 1000) * limits.rateLimit);
    last = current;
    if (tokens >= 1) {
      tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / limits.rateLimit)) };
  };
}
