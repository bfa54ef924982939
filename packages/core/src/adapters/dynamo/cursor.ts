import { DomainError } from "../../errors";

type Key = Record<string, string>;

/** A page cursor is DynamoDB's LastEvaluatedKey, opaque to clients. */
export const encodeCursor = (key: Record<string, unknown> | undefined): string | undefined =>
  key ? Buffer.from(JSON.stringify(key)).toString("base64url") : undefined;

export function decodeCursor(cursor: string | undefined): Key | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (key && typeof key === "object" && !Array.isArray(key) && Object.values(key).every((value) => typeof value === "string")) return key as Key;
  } catch {
    // fall through
  }
  throw new DomainError("VALIDATION_FAILED", "The cursor is not one this API gave out.", { details: [{ path: "query.cursor", message: "Use the nextCursor of a previous page." }] });
}
