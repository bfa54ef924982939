import type { Child } from "./supervisor";

/**
 * Polls `check` until it passes, failing early with the child's own output if the child dies first,
 * and with a clear message after `timeoutMs`.
 */
export async function waitUntilReady(child: Child, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let died = false;
  void child.exited.then(() => (died = true));
  while (Date.now() < deadline) {
    if (died) throw new Error(`${child.name} stopped while starting. Its output:\n${child.output().trim()}`);
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${child.name} did not become ready within ${timeoutMs / 1000} s. Its output:\n${child.output().trim()}`);
}

export const httpOk = (url: string) => async () => (await fetch(url, { signal: AbortSignal.timeout(2000) })).status < 500;
