import { describe, expect, it } from "vitest";
import { createOutageGate } from "./outage";

const refused = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:8000"), { code: "ECONNREFUSED" });

describe("the stream poller while DynamoDB is down", () => {
  it("backs off exponentially up to the cap, and says so once per outage", () => {
    let clock = 0;
    const lines: string[] = [];
    const gate = createOutageGate({ intervalMs: 100, maxBackoffMs: 5000, log: (line) => lines.push(line), now: () => clock });

    const delays: number[] = [];
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const delay = gate.failed(refused());
      delays.push(delay);
      clock += delay;
    }
    expect(delays).toEqual([200, 400, 800, 1600, 3200, 5000, 5000, 5000, 5000, 5000]);
    expect(lines).toEqual([expect.stringMatching(/^stream poller: DynamoDB can't be reached \(ECONNREFUSED\)/)]);
    // A minute of outage is about 15 attempts, not the 600 of a fixed 100 ms interval.
    expect(delays.reduce((sum, delay) => sum + delay, 0)).toBe(31_200);

    expect(gate.succeeded()).toBe(100);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe("stream poller: reading the stream again after 31.2 s and 10 failed attempts");
    expect(gate.succeeded()).toBe(100);
    expect(lines).toHaveLength(2);

    // The next outage starts the backoff over and is reported again, once.
    expect(gate.failed(new Error("Requested resource not found"))).toBe(200);
    expect(gate.failed(new Error("Requested resource not found"))).toBe(400);
    expect(lines.slice(2)).toEqual(["stream poller: reading the table's stream fails (Requested resource not found); retrying with backoff, at most every 5 s, until it works again"]);
  });
});
