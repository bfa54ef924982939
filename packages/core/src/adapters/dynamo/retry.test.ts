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
    expect(failure).toMatchObject({ code: "UNAVAILABLE", retryAfterSeconds: 1 });
  });

  it("passes a final error straight through", async () => {
    const final = canceled("ConditionalCheckFailed");
    await expect(withRetries(async () => { throw final; }, { sleep: noSleep })).rejects.toBe(final);
  });
});

describe("DynamoDB out of reach", () => {
  const refused = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:8000"), { code: "ECONNREFUSED", $metadata: { attempts: 3 } });
  const timedOut = () => Object.assign(new Error("Connection timed out after 2000 ms"), { name: "TimeoutError" });
  const reset = () => Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
  const bothAddresses = () => Object.assign(new AggregateError([refused(), refused()], ""), { code: "ECONNREFUSED" });

  it.each([
    ["refused", refused],
    ["timed out", timedOut],
    ["reset", reset],
    ["refused on every address", bothAddresses],
  ])("a connection %s is 503 UNAVAILABLE with a Retry-After at once, without more attempts", async (_, failure) => {
    let calls = 0;
    const error = await withRetries(async () => {
      calls += 1;
      throw failure();
    }, { sleep: noSleep }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: "UNAVAILABLE", retryAfterSeconds: 5 });
    expect(calls).toBe(1); // the SDK has retried already
  });

  it("an answer from DynamoDB is not an outage", async () => {
    const validation = Object.assign(new Error("One or more parameter values were invalid"), { name: "ValidationException", $metadata: { httpStatusCode: 400 } });
    await expect(withRetries(async () => { throw validation; }, { sleep: noSleep })).rejects.toBe(validation);
  });
});
