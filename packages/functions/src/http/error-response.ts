import type { ErrorBody, ErrorDetail } from "@slotbook/contract";
import { DomainError } from "@slotbook/core";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import type { z } from "zod/mini";
import { errorStatus, type ApiError } from "./errors";

/** zod issues → the contract's `details`: one entry per bad field, paths joined with dots. */
export const detailsFromZod = (error: z.core.$ZodError, prefix?: string): ErrorDetail[] =>
  error.issues.flatMap((issue) => {
    const path = (...extra: string[]) => [prefix, ...issue.path.map(String), ...extra].filter((part) => part !== undefined && part !== "").join(".");
    // An unknown field is reported at its own path, so a client can tell which one to drop.
    if (issue.code === "unrecognized_keys") return issue.keys.map((key) => ({ path: path(key), message: "This field is not allowed." }));
    return [{ path: path(), message: issue.message }];
  });

export const internalError = (requestId: string) =>
  new DomainError("INTERNAL", `Something went wrong on our side. Please try again; if it keeps happening, quote reference ${requestId}.`);

export function errorResponse(error: ApiError): APIGatewayProxyStructuredResultV2 {
  const details = error instanceof DomainError ? error.details : undefined;
  const body: ErrorBody = { error: { code: error.code, message: error.message, ...(details ? { details } : {}) } };
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (error instanceof DomainError && error.retryAfterSeconds !== undefined) headers["retry-after"] = String(error.retryAfterSeconds);
  return { statusCode: errorStatus[error.code], headers, body: JSON.stringify(body) };
}
