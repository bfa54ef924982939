import { createServer } from "node:net";

/** One clear sentence instead of EADDRINUSE deep inside an emulator. */
export class PortTakenError extends Error {}

export async function ensurePortFree(port: number, what: string, envName: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "0.0.0.0", exclusive: true }, () => server.close(() => resolve(true)));
  });
  if (!free) {
    throw new PortTakenError(`Port ${port} (${what}) is already in use: stop whatever uses it, or set ${envName} to a free port.`);
  }
}

/** A port the OS says is free right now (for tests, which must not collide with a running `npm start`). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
