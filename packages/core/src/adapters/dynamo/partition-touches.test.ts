import { describe, expect, it } from "vitest";
import { failedParts, partitionTouches } from "./partition-touches";

const counterKey = { pk: "SLOT#e1.a", sk: "COUNTER" };
const booking = { pk: "SLOT#e1.a", sk: "BOOKING#fan1", ownerKey: "FAN#fan1", ownerSort: "2026#x", fanName: "F" };

describe("what a DynamoDB command costs, per partition", () => {
  it("bills consistent reads a full unit per 4 KB per item, eventual ones half, missing items too", () => {
    const touches = partitionTouches(
      "BatchGetItem",
      { RequestItems: { t: { Keys: [counterKey, { pk: "USER#fan1", sk: "PROFILE" }], ConsistentRead: true } } },
      { Responses: { t: [{ ...counterKey, context: "x".repeat(5000) }] } },
    );
    expect(touches).toEqual([
      { kind: "read", on: "table", key: "SLOT#e1.a", units: 2 },
      { kind: "read", on: "table", key: "USER#fan1", units: 1 },
    ]);
    expect(partitionTouches("Query", { IndexName: "byOwner", KeyConditionExpression: "ownerKey = :k", ExpressionAttributeValues: { ":k": "FAN#fan1" } }, { Items: [] })).toEqual([
      { kind: "read", on: "byOwner", key: "FAN#fan1", units: 0.5 },
    ]);
  });

  it("bills a transaction twice per item, and writes an item with an index's key to that index's partition too", () => {
    const touches = partitionTouches(
      "TransactWriteItems",
      { TransactItems: [{ Put: { TableName: "t", Item: booking } }, { Update: { TableName: "t", Key: counterKey, UpdateExpression: "SET bookedCount = bookedCount + :one" } }] },
      {},
    );
    expect(touches).toEqual([
      { kind: "write", on: "table", key: "SLOT#e1.a", units: 2 },
      { kind: "write", on: "byOwner", key: "FAN#fan1", units: 2 },
      { kind: "write", on: "table", key: "SLOT#e1.a", units: 2 },
    ]);
  });

  it("bills a cancelled transaction's items as tried, and writes nothing on an index", () => {
    const error = { name: "TransactionCanceledException", CancellationReasons: [{ Code: "None" }, { Code: "ConditionalCheckFailed" }] };
    expect(failedParts(error)).toEqual([false, true]);
    const touches = partitionTouches("TransactWriteItems", { TransactItems: [{ Put: { TableName: "t", Item: booking } }, { Update: { TableName: "t", Key: counterKey } }] }, undefined, failedParts(error));
    expect(touches.every((touch) => touch.on === "table" && touch.units === 2)).toBe(true);
    expect(touches).toHaveLength(2);
  });

  it("sees an update that moves an item on an index", () => {
    const touches = partitionTouches("UpdateItem", { Key: { pk: "SLUG#s", sk: "PAGE" }, UpdateExpression: "SET publishedKey = :p, title = :t", ExpressionAttributeValues: { ":p": "PUBLISHED", ":t": "x" } }, {});
    expect(touches.map((touch) => `${touch.on} ${touch.key}`)).toEqual(["table SLUG#s", "byPublication PUBLISHED"]);
  });
});
