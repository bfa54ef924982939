import { isUnreachable } from "@slotbook/core/adapters/unreachable";

export interface OutageGateOptions {
  /** The delay between polls while all is well; also the first step of the backoff. */
  intervalMs: number;
  /** The backoff's cap: how long a poller waits at most between attempts while its source is down. */
  maxBackoffMs: number;
  log: (line: string) => void;
  /** Injectable clock (tests). */
  now?: () => number;
}

const reason = (error: unknown) => {
  const { code, name, message } = (error ?? {}) as { code?: string; name?: string; message?: string };
  return code ?? (name && name !== "Error" ? name : undefined) ?? message ?? String(error);
};

/**
 * How a polling loop behaves while its source fails: it waits twice as long after each failure in a row
 * (capped), and says so once when the failures start and once when they end, never once per attempt.
 * `failed` and `succeeded` each return how long to wait before the next attempt.
 */
export function createOutageGate(options: OutageGateOptions) {
  const now = options.now ?? Date.now;
  let failures = 0;
  let since = 0;
  return {
    failed(error: unknown): number {
      failures += 1;
      if (failures === 1) {
        since = now();
        const what = isUnreachable(error) ? "DynamoDB can't be reached" : "reading the table's stream fails";
        options.log(`stream poller: ${what} (${reason(error)}); retrying with backoff, at most every ${options.maxBackoffMs / 1000} s, until it works again`);
      }
      return Math.min(options.maxBackoffMs, options.intervalMs * 2 ** failures);
    },
    succeeded(): number {
      if (failures > 0) options.log(`stream poller: reading the stream again after ${((now() - since) / 1000).toFixed(1)} s and ${failures} failed attempts`);
      failures = 0;
      return options.intervalMs;
    },
    /** Failed attempts in the current outage (0 when all is well). */
    failures: () => failures,
  };
}
