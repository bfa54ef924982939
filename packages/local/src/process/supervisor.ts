import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

/** A child process the local cloud started, with the tail of its output kept for error messages. */
export interface Child {
  name: string;
  process: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  /** True once the local cloud asked it to stop: an exit after that is expected. */
  stopRequested: boolean;
}

const running = new Set<Child>();
const outputTailChars = 4000;

/** Starts a child and remembers it, so that `stopAll` (and any exit of this process) stops it too. */
export function startChild(name: string, command: string, args: string[], options: SpawnOptions & { echo?: boolean } = {}): Child {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  let tail = "";
  const collect = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-outputTailChars);
    if (options.echo) process.stdout.write(chunk);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<number | null>((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.once("error", (error) => {
      tail += `\n${error.message}`;
      resolve(null);
    });
  });
  const entry: Child = { name, process: child, output: () => tail, exited, stopRequested: false };
  running.add(entry);
  void exited.then(() => running.delete(entry));
  return entry;
}

/** Stops one child: SIGTERM, then SIGKILL if it has not gone within the grace period. */
export async function stopChild(child: Child, graceMs = 5000): Promise<void> {
  child.stopRequested = true;
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  child.process.kill("SIGTERM");
  const timer = setTimeout(() => child.process.kill("SIGKILL"), graceMs);
  await child.exited;
  clearTimeout(timer);
}

/** How a child ended, in a few words: `exit code 1`, `killed by SIGKILL`. */
export const howItEnded = (child: Child) =>
  child.process.signalCode ? `killed by ${child.process.signalCode}` : `exit code ${child.process.exitCode ?? "unknown"}`;

/**
 * Calls `onDeath` if the child ends without having been asked to (killed, crashed, out of memory): the local
 * cloud is then half-dead, and whoever runs it must hear of it.
 */
export function watchChild(child: Child, onDeath: (child: Child) => void): void {
  void child.exited.then(() => {
    if (!child.stopRequested) onDeath(child);
  });
}

export async function stopAll(): Promise<void> {
  for (const child of running) child.stopRequested = true;
  await Promise.all([...running].map((child) => stopChild(child)));
}

/** Last resort when this process exits (normally or on a crash): no orphaned java or node children. */
function killAllNow() {
  for (const child of running) child.process.kill("SIGKILL");
}
process.once("exit", killAllNow);
