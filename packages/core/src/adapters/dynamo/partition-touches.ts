import { tableDefinition } from "../../data/table";

/**
 * Which DynamoDB partitions one command touched and what it cost there, from the command's input and output
 * (the same middleware that counts calls; see call-counter.ts). DynamoDB Local reports no usable consumed
 * capacity, so units are computed the way DynamoDB bills them: reads 1 RCU per 4 KB per item (half for
 * eventually consistent reads), writes 1 WCU per 1 KB, transactions twice that, a write that failed its
 * condition 1 WCU and nothing on an index; an item written with an index's keys is one more write on that
 * index's partition. Item sizes are those of the JSON a client sends or gets (DynamoDB's own accounting is
 * close to it for these small items).
 */
export interface PartitionTouch {
  kind: "read" | "write";
  /** `table`, or the index's name. */
  on: string;
  /** The partition key value (e.g. `SLOT#…`, or `FAN#…` on byOwner). */
  key: string;
  units: number;
}

type Item = Record<string, unknown>;
const partitionKey = tableDefinition.partitionKey.name;
const sizeOf = (item: unknown) => Buffer.byteLength(JSON.stringify(item ?? {}));
const readUnits = (item: unknown, consistent: boolean) => Math.max(1, Math.ceil(sizeOf(item) / 4096)) * (consistent ? 1 : 0.5);
const writeUnits = (item: unknown) => Math.max(1, Math.ceil(sizeOf(item) / 1024));

function indexWrites(item: Item | undefined, units: number): PartitionTouch[] {
  if (!item) return [];
  return tableDefinition.globalIndexes
    .filter((index) => typeof item[index.partitionKey.name] === "string")
    .map((index) => ({ kind: "write" as const, on: index.name, key: String(item[index.partitionKey.name]), units }));
}

/** `UpdateExpression` values for an index key attribute, e.g. `ownerKey = :owner` (updates that move an item on an index). */
function updatedIndexKeys(input: Item): Item | undefined {
  const expression = typeof input.UpdateExpression === "string" ? input.UpdateExpression : "";
  const values = (input.ExpressionAttributeValues ?? {}) as Item;
  const item: Item = {};
  for (const index of tableDefinition.globalIndexes) {
    const match = new RegExp(`\\b${index.partitionKey.name}\\s*=\\s*(:\\w+)`).exec(expression);
    if (match && typeof values[match[1]!] === "string") item[index.partitionKey.name] = values[match[1]!];
  }
  return Object.keys(item).length > 0 ? item : undefined;
}

function write(kind: "Put" | "Update" | "Delete", input: Item, failed: boolean, factor: number): PartitionTouch[] {
  const key = ((kind === "Put" ? input.Item : input.Key) ?? {}) as Item;
  const item = kind === "Put" ? (input.Item as Item) : kind === "Update" ? { ...key, ...updatedIndexKeys(input) } : key;
  const units = (failed ? 1 : writeUnits(item)) * factor;
  const touches: PartitionTouch[] = [{ kind: "write", on: "table", key: String(key[partitionKey]), units }];
  return failed || kind === "Delete" ? touches : [...touches, ...indexWrites(item, units)];
}

/**
 * What a command touched. `output` is the command's result (undefined when it failed); `failedItems` marks
 * the parts of a transaction (or the single write) whose condition failed.
 */
export function partitionTouches(command: string, input: Item, output: Item | undefined, failedItems: boolean[] = []): PartitionTouch[] {
  switch (command) {
    case "GetItem":
      return [{ kind: "read", on: "table", key: String((input.Key as Item)[partitionKey]), units: readUnits(output?.Item, input.ConsistentRead === true) }];
    case "BatchGetItem": {
      const touches: PartitionTouch[] = [];
      for (const [table, request] of Object.entries((input.RequestItems ?? {}) as Record<string, { Keys: Item[]; ConsistentRead?: boolean }>)) {
        const found = ((output?.Responses as Record<string, Item[]> | undefined)?.[table] ?? []) as Item[];
        for (const key of request.Keys) {
          const item = found.find((candidate) => candidate[partitionKey] === key[partitionKey] && candidate.sk === key.sk);
          touches.push({ kind: "read", on: "table", key: String(key[partitionKey]), units: readUnits(item, request.ConsistentRead === true) });
        }
      }
      return touches;
    }
    case "Query": {
      const values = (input.ExpressionAttributeValues ?? {}) as Item;
      const condition = String(input.KeyConditionExpression ?? "");
      const keyValue = /^\s*\w+\s*=\s*(:\w+)/.exec(condition)?.[1];
      const items = (output?.Items ?? []) as Item[];
      const bytes = items.reduce((sum, item) => sum + sizeOf(item), 0);
      const units = Math.max(1, Math.ceil(bytes / 4096)) * (input.ConsistentRead === true ? 1 : 0.5);
      return [{ kind: "read", on: typeof input.IndexName === "string" ? input.IndexName : "table", key: String(keyValue ? values[keyValue] : "?"), units }];
    }
    case "PutItem":
      return write("Put", input, failedItems[0] === true, 1);
    case "UpdateItem":
      return write("Update", input, failedItems[0] === true, 1);
    case "DeleteItem":
      return write("Delete", input, failedItems[0] === true, 1);
    case "TransactWriteItems": {
      const parts = (input.TransactItems ?? []) as Array<Record<string, Item>>;
      return parts.flatMap((part) =>
        Object.entries(part).flatMap(([kind, body]) =>
          kind === "ConditionCheck"
            ? [{ kind: "read" as const, on: "table", key: String((body.Key as Item)[partitionKey]), units: 2 }]
            : // A cancelled transaction writes nothing, but each of its items is billed as tried.
              write(kind as "Put" | "Update" | "Delete", body, failedItems.some(Boolean), 2),
        ),
      );
    }
    default:
      return [];
  }
}

/** Which parts of a write failed their condition, from the SDK's error (a transaction says per item). */
export function failedParts(error: unknown): boolean[] {
  const failure = error as { name?: string; CancellationReasons?: Array<{ Code?: string }> };
  if (failure.name === "ConditionalCheckFailedException") return [true];
  if (failure.name === "TransactionCanceledException") return (failure.CancellationReasons ?? []).map((reason) => Boolean(reason.Code) && reason.Code !== "None");
  return [true];
}
