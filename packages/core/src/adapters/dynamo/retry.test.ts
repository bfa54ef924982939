import { describe, expect, it } from "vitest";
import { DomainError } from "../../errors";
import { isTransient, withRetries } from "./retry";

const canceled = (...codes: string[]) => Object.assign(new Error("canceled"), { name: "TransactionCanceledException", CancellationReasons: codes.map((Code) => ({ Code })) });
const throttled = () => Object.assign(new Error("slow down"), { name: "ProvisionedThroughputExceededException" });
const noSleep = async () => {};

describe("DynamoDB retries (faults injected: DynamoDB Local never raises them)", () => {
  it("treats throttling and transaction conflicts as transient, a failed condition as final", () => {
    expect(isTransient(throttled())).toBe(true);
    expect(isTransient(canceled("None", "TransactionConflict"))).toBe(true);
    expect(isTransient(canceled("ConditionalCheckFailed", "None"))).toBe(false);
    expect(isTransient(canceled("ConditionalCheckFailed", "TransactionConflict"))).toBe(false);
    expect(isTransient(new Error("boom"))).toBe(false);
  });

  it("retries a conflict until the operation goes through", async () => {
    let calls = 0;
    const result = await withRetries(async () => {
      calls += 1;
      if (calls < 3) throw canceled("TransactionConflict");
      return "committed";
    }, { sleep: noSleep });
    expect(result).toBe("committed");
    expect(calls).toBe(3);
  });

  it("gives up after the last attempt with 503 UNAVAILABLE and a Retry-After", async () => {
    let calls = 0;
    const failure = await withRetries(async () => {
      calls += 1;
      throw throttled();
    }, { attempts: 4, sleep: noSleep }).catch((error: unknown) => error);
    expect(calls).toBe(4);
    expect(failure).toBeInstanceOf(DomainError);
    expect(failure).toMatchObject({ code: "UNAVAILABLE", status: 503, retryAfterSeconds: 1 });
  });

  it("passes a final error straight through", async () => {
    const final = canceled("ConditionalCheckFailed");
    await expect(withRetries(async () => { throw final; }, { sleep: noSleep })).rejects.toBe(final);
  });
});
