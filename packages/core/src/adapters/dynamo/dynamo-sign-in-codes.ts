import { UpdateCommand, type DynamoDBDocumentClient, type UpdateCommandInput } from "@aws-sdk/lib-dynamodb";
import { signInCodePolicy, type SignInCodePolicy } from "../../users/sign-in-code";
import type { SignInCodeStore } from "../../users/sign-in-code-store";
import { localeOf } from "../../users/locale";
import { tableClient as configuredClient, tableName as configuredName } from "./document-client";
import { withRetries } from "./retry";

/** The record of an email's sign-in codes: `SIGNIN#<email>` / `CODE` (times in epoch milliseconds). */
export const signInCodeKey = (email: string) => ({ pk: `SIGNIN#${email.toLowerCase()}`, sk: "CODE" });
export const signInCodeItemType = "SIGN_IN_CODE";

/** The record outlives every time it holds (a window, a lock), then the table's TTL removes it. */
const keepForSeconds = 24 * 3600;

const notLocked = "(attribute_not_exists(lockedUntil) OR lockedUntil <= :now)";
const secondsUntil = (at: unknown, now: number) => Math.max(1, Math.ceil((Number(at) - now) / 1000));
const isConditionFailure = (error: unknown) => (error as { name?: string }).name === "ConditionalCheckFailedException";
/** The item as it was when a condition failed (ReturnValuesOnConditionCheckFailure), in DynamoDB's typed form. */
const oldItem = (error: unknown) => (error as { Item?: Record<string, { N?: string; S?: string }> }).Item;

/**
 * The sign-in code records in the table. `table` is for tools outside a function (a test that issues a code
 * dated in the past); functions use the configured table.
 */
export function dynamoSignInCodes(options: { policy?: SignInCodePolicy; table?: { client: DynamoDBDocumentClient; name: string } } = {}): SignInCodeStore {
  const policy = options.policy ?? signInCodePolicy;
  const client = () => options.table?.client ?? configuredClient();
  const name = () => options.table?.name ?? configuredName();
  const update = (email: string, input: Omit<UpdateCommandInput, "TableName" | "Key">) =>
    withRetries(() => client().send(new UpdateCommand({ TableName: name(), Key: signInCodeKey(email), ...input })));
  /** Runs a conditional update: true when it applied, false (with the old item) when its condition failed. */
  const conditional = async (email: string, input: Omit<UpdateCommandInput, "TableName" | "Key">) => {
    try {
      return { applied: true as const, attributes: (await update(email, input)).Attributes };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      return { applied: false as const, old: oldItem(error) };
    }
  };

  return {
    async issue(email, code, nowDate) {
      const now = nowDate.getTime();
      const values = {
        ":hash": code.hash,
        ":codeExpires": now + policy.codeTtlSeconds * 1000,
        ":now": now,
        ":ttl": Math.floor(now / 1000) + keepForSeconds,
        ":type": signInCodeItemType,
        ...(code.name ? { ":name": code.name } : {}),
        ...(code.locale ? { ":locale": code.locale } : {}),
      };
      const codeSet = `codeHash = :hash, codeExpiresAt = :codeExpires, expiresAt = :ttl, itemType = :type${code.name ? ", #name = :name" : ""}${code.locale ? ", locale = :locale" : ""}`;
      const names = code.name ? { "#name": "name" } : undefined;
      // A fresh send window: the first code, or the last window is over.
      const fresh = await conditional(email, {
        // A new window also forgives the last one's wrong guesses (a lock, not a window, is what limits guessing).
        UpdateExpression: `SET ${codeSet}, sends = :one, sendWindowEndsAt = :windowEnds, failures = :zero`,
        ConditionExpression: `(attribute_not_exists(pk) OR sendWindowEndsAt <= :now) AND ${notLocked}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: { ...values, ":one": 1, ":zero": 0, ":windowEnds": now + policy.sendWindowSeconds * 1000 },
        ReturnValuesOnConditionCheckFailure: "ALL_OLD",
      });
      if (fresh.applied) return { issued: true };
      // Within the window: one more send, while it has some left.
      const again = await conditional(email, {
        UpdateExpression: `SET ${codeSet}, sends = sends + :one`,
        ConditionExpression: `sendWindowEndsAt > :now AND sends < :maxSends AND ${notLocked}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: { ...values, ":one": 1, ":maxSends": policy.maxSends },
        ReturnValuesOnConditionCheckFailure: "ALL_OLD",
      });
      if (again.applied) return { issued: true };
      const lockedUntil = Number(again.old?.lockedUntil?.N ?? 0);
      return { issued: false, retryAfterSeconds: secondsUntil(lockedUntil > now ? lockedUntil : again.old?.sendWindowEndsAt?.N ?? now, now) };
    },

    async attempt(email, nowDate) {
      const now = nowDate.getTime();
      // The guess is counted before it is compared (and forgiven if right), so racing guesses can't exceed the limit.
      const counted = await conditional(email, {
        UpdateExpression: "SET failures = failures + :one",
        ConditionExpression: `attribute_exists(codeHash) AND codeExpiresAt > :now AND failures < :max AND ${notLocked}`,
        ExpressionAttributeValues: { ":one": 1, ":now": now, ":max": policy.maxFailures },
        ReturnValues: "ALL_NEW",
        ReturnValuesOnConditionCheckFailure: "ALL_OLD",
      });
      if (counted.applied) {
        const item = counted.attributes ?? {};
        return {
          outcome: "check",
          codeHash: String(item.codeHash),
          failures: Number(item.failures),
          ...(typeof item.name === "string" ? { name: item.name } : {}),
          ...(typeof item.locale === "string" ? { locale: localeOf(item.locale) } : {}),
        };
      }
      const old = counted.old;
      const lockedUntil = Number(old?.lockedUntil?.N ?? 0);
      if (lockedUntil > now) return { outcome: "locked", retryAfterSeconds: secondsUntil(lockedUntil, now) };
      // Out of guesses while the lock that follows is being written (racing guesses).
      if (old?.codeHash && Number(old.failures?.N ?? 0) >= policy.maxFailures) return { outcome: "locked", retryAfterSeconds: policy.lockoutSeconds };
      return { outcome: "none" };
    },

    async lock(email, nowDate) {
      const now = nowDate.getTime();
      await update(email, {
        UpdateExpression: "SET lockedUntil = :until, failures = :zero REMOVE codeHash, codeExpiresAt, proofHash, proofExpiresAt",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeValues: { ":until": now + policy.lockoutSeconds * 1000, ":zero": 0 },
      }).catch((error) => {
        if (!isConditionFailure(error)) throw error;
      });
    },

    async prove(email, codeHash, nowDate) {
      const now = nowDate.getTime();
      const proved = await conditional(email, {
        UpdateExpression: "SET proofHash = :hash, proofExpiresAt = :proofExpires, failures = :zero REMOVE codeHash, codeExpiresAt",
        ConditionExpression: "codeHash = :hash",
        ExpressionAttributeValues: { ":hash": codeHash, ":proofExpires": now + policy.proofTtlSeconds * 1000, ":zero": 0 },
      });
      return proved.applied;
    },

    async redeemProof(email, codeHash, nowDate) {
      const redeemed = await conditional(email, {
        UpdateExpression: "REMOVE proofHash, proofExpiresAt",
        ConditionExpression: "proofHash = :hash AND proofExpiresAt > :now",
        ExpressionAttributeValues: { ":hash": codeHash, ":now": nowDate.getTime() },
      });
      return redeemed.applied;
    },
  };
}
