import { BatchGetCommand, QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import { tableClient, tableName } from "./document-client";
import { withRetries } from "./retry";

type Key = Record<string, string>;
type Item = Record<string, unknown>;

/** Reads many items by key, 100 per call (DynamoDB's limit), retrying whatever DynamoDB left unprocessed. */
export async function batchGet(keys: Key[], consistent = false): Promise<Item[]> {
  const items: Item[] = [];
  for (let start = 0; start < keys.length; start += 100) {
    let pending: Key[] = keys.slice(start, start + 100);
    for (let round = 0; pending.length > 0; round += 1) {
      if (round > 0) await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** round));
      const result = await withRetries(() =>
        tableClient().send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: pending, ConsistentRead: consistent } } })),
      );
      items.push(...((result.Responses?.[tableName()] ?? []) as Item[]));
      pending = (result.UnprocessedKeys?.[tableName()]?.Keys ?? []) as Key[];
    }
  }
  return items;
}

/** One page of a query. */
export async function queryPage(input: Omit<QueryCommandInput, "TableName">) {
  const result = await withRetries(() => tableClient().send(new QueryCommand({ TableName: tableName(), ...input })));
  return { items: (result.Items ?? []) as Item[], lastKey: result.LastEvaluatedKey as Key | undefined };
}

/** Every page of a query (for lists bounded by the domain, e.g. one slot's bookings). */
export async function queryAll(input: Omit<QueryCommandInput, "TableName" | "ExclusiveStartKey">): Promise<Item[]> {
  const items: Item[] = [];
  let start: Key | undefined;
  do {
    const page = await queryPage({ ...input, ...(start ? { ExclusiveStartKey: start } : {}) });
    items.push(...page.items);
    start = page.lastKey;
  } while (start);
  return items;
}
