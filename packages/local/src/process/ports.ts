import { readFileSync } from "node:fs";
import { createServer } from "node:net";

/** Whether a port can be listened on right now, on every interface (as the emulators listen). */
const canListen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "0.0.0.0", exclusive: true }, () => server.close(() => resolve(true)));
  });

/** One clear sentence instead of EADDRINUSE deep inside an emulator. */
export class PortTakenError extends Error {}

export async function ensurePortFree(port: number, what: string, envName: string): Promise<void> {
  if (!(await canListen(port))) {
    throw new PortTakenError(`Port ${port} (${what}) is already in use: stop whatever uses it, or set ${envName} to a free port.`);
  }
}

/**
 * The OS's range for ephemeral ports: where a `listen(0)` port comes from, and every outgoing connection's
 * local port too. Linux says it in /proc; elsewhere the IANA range.
 */
function ephemeralRange(): [number, number] {
  try {
    const [low, high] = readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/).map(Number);
    if (low && high) return [low, high];
  } catch {
    // Not Linux.
  }
  return [49152, 65535];
}

/** Ports handed out by this process, not yet necessarily listened on: never handed out twice. */
const handedOut = new Set<number>();

/**
 * A port that is free now and stays free until its service listens, for tests and benchmarks (which must not
 * collide with a running `npm start`). It is picked below the ephemeral range: a port from `listen(0)` can be
 * taken meanwhile by any outgoing connection of the machine (a test run makes thousands), and a service of a
 * throwaway cloud may start minutes after its ports were chosen (the site waits for a web build).
 */
export async function freePort(): Promise<number> {
  const [ephemeralLow] = ephemeralRange();
  const low = 10_000;
  const high = Math.max(low + 1_000, ephemeralLow) - 1;
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = low + Math.floor(Math.random() * (high - low + 1));
    if (handedOut.has(port) || !(await canListen(port))) continue;
    handedOut.add(port);
    return port;
  }
  throw new Error(`No free port found between ${low} and ${high}.`);
}
