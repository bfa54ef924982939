import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Counts the DynamoDB calls made while serving one request (each command once, however often the SDK
 * retries it). The HTTP layer opens a scope per request and logs the count; tests and the benchmark read
 * those logs to hold every route to its call budget.
 */
const scope = new AsyncLocalStorage<{ calls: number }>();

export interface DynamoCallCount {
  calls: number;
}

/** Runs `fn` counting its DynamoDB calls into `count`. */
export const countDynamoCalls = <T>(count: DynamoCallCount, fn: () => Promise<T>): Promise<T> => scope.run(count, fn);

export const recordDynamoCall = () => {
  const counter = scope.getStore();
  if (counter) counter.calls += 1;
};
