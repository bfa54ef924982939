import { createHmac, timingSafeEqual } from "node:crypto";
import { setting } from "../../config";
import { DomainError } from "../../errors";

type Key = Record<string, string>;

/**
 * A page cursor is DynamoDB's LastEvaluatedKey, signed (HMAC-SHA256 with the stage's cursor secret) for
 * the list and caller it was issued to. Clients cannot read meaning into it or forge one: an edited key,
 * another user's cursor or another list's cursor fails the signature and is a 400, never a query.
 */
function signature(scope: string, payload: string) {
  return createHmac("sha256", setting("cursorSecret")).update(`${scope}\n${payload}`).digest();
}

/** `scope` names the list and its caller, e.g. `events:<adminId>` or `public`. */
export function encodeCursor(scope: string, key: Record<string, unknown> | undefined): string | undefined {
  if (!key) return undefined;
  const payload = Buffer.from(JSON.stringify(key)).toString("base64url");
  return `${payload}.${signature(scope, payload).toString("base64url")}`;
}

const notIssued = () =>
  new DomainError("VALIDATION_FAILED", "The cursor is not one this API gave out for this list.", {
    details: [{ path: "query.cursor", message: "Use the nextCursor of a previous page of the same list." }],
  });

export function decodeCursor(scope: string, cursor: string | undefined): Key | undefined {
  if (cursor === undefined) return undefined;
  const [payload, mac, ...rest] = cursor.split(".");
  if (!payload || !mac || rest.length > 0) throw notIssued();
  const expected = signature(scope, payload);
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw notIssued();
  const key = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Key;
  return key;
}
