import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { freePort } from "./ports";

const listen = (port: number) =>
  new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen({ port, host: "0.0.0.0" }, () => server.close(() => resolve()));
  });

describe("free ports for a throwaway cloud", () => {
  it("are listenable, never handed out twice, and below the ephemeral range outgoing connections take ports from", async () => {
    const ports = await Promise.all(Array.from({ length: 20 }, () => freePort()));
    expect(new Set(ports).size).toBe(ports.length);
    const ephemeralLow = Number(readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/)[0]);
    for (const port of ports) expect(port).toBeLessThan(ephemeralLow);
    for (const port of ports) await listen(port);
  });
});
