import { describe, expect, it } from "vitest";
import { createThrottle } from "./throttle";

describe("route throttle", () => {
  it("allows a burst, then refuses until tokens refill at the rate", () => {
    let clock = 0;
    const take = createThrottle({ burstLimit: 3, rateLimit: 2 }, () => clock);
    expect([take(), take(), take()].every((result) => result.allowed)).toBe(true);
    expect(take()).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock += 500; // half a second refills one token at 2/s
    expect(take().allowed).toBe(true);
    expect(take().allowed).toBe(false);
  });
});
