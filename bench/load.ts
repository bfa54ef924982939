/** Latency statistics and a fixed-size pool of concurrent clients, for the benchmarks. */

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarize(latencies: number[], errors: number): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { count: latencies.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? NaN, errors };
}

/**
 * Runs `perClient` iterations on each of `clients` concurrent clients; each iteration may time several
 * labelled requests. Returns latencies per label. Bounded: it stops when every client is done.
 */
export async function runClients(clients: number, perClient: number, iteration: (client: number, round: number, time: <T>(label: string, request: () => Promise<T & { status: number }>) => Promise<T & { status: number }>) => Promise<void>) {
  const latencies = new Map<string, number[]>();
  const errors = new Map<string, number>();
  const time = async <T>(label: string, request: () => Promise<T & { status: number }>) => {
    const started = performance.now();
    const result = await request();
    const elapsed = performance.now() - started;
    if (!latencies.has(label)) latencies.set(label, []);
    latencies.get(label)!.push(elapsed);
    if (result.status >= 500) errors.set(label, (errors.get(label) ?? 0) + 1);
    return result;
  };
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let round = 0; round < perClient; round += 1) await iteration(client, round, time);
    }),
  );
  return new Map([...latencies].map(([label, values]) => [label, summarize(values, errors.get(label) ?? 0)]));
}
