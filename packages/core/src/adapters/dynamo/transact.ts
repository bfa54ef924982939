import { randomUUID } from "node:crypto";
import { TransactWriteCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import { tableClient } from "./document-client";
import { reasonCodes, withRetries } from "./retry";

type TransactItems = NonNullable<TransactWriteCommandInput["TransactItems"]>;

export type TransactResult = { ok: true } | { ok: false; failed: boolean[]; oldItems: Array<Record<string, unknown> | undefined> };

/**
 * One all-or-nothing write. Contention and throttling are retried (withRetries) under one
 * ClientRequestToken, so a retry never applies the transaction twice. When an item's condition fails,
 * says which items failed, with their old values where asked for (ReturnValuesOnConditionCheckFailure).
 */
export async function transact(items: TransactItems): Promise<TransactResult> {
  const token = randomUUID();
  try {
    await withRetries(() => tableClient().send(new TransactWriteCommand({ TransactItems: items, ClientRequestToken: token })));
    return { ok: true };
  } catch (error) {
    if ((error as { name?: string }).name !== "TransactionCanceledException") throw error;
    const reasons = (error as { CancellationReasons?: Array<{ Code?: string; Item?: Record<string, unknown> }> }).CancellationReasons ?? [];
    const codes = reasonCodes(error);
    return {
      ok: false,
      failed: codes.map((code) => code === "ConditionalCheckFailed"),
      oldItems: reasons.map((reason) => (reason.Item ? plain(reason.Item) : undefined)),
    };
  }
}

/** Cancellation reasons come back in DynamoDB's attribute-value form, even through the document client. */
function plain(item: Record<string, unknown>): Record<string, unknown> {
  const values = Object.values(item);
  const marshalled = values.length > 0 && values.every((value) => value !== null && typeof value === "object" && Object.keys(value as object).length === 1 && /^(S|N|BOOL|M|L|NULL|SS|NS|B|BS)$/.test(Object.keys(value as object)[0]!));
  return marshalled ? unmarshall(item as Parameters<typeof unmarshall>[0]) : item;
}
