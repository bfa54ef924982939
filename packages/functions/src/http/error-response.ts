import { DomainError, type ErrorDetail } from "@slotbook/core";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import type { z } from "zod";
import type { ErrorBody } from "./schemas";

/** zod issues → the contract's `details`: one entry per bad field, paths joined with dots. */
export const detailsFromZod = (error: z.ZodError, prefix?: string): ErrorDetail[] =>
  error.issues.flatMap((issue) => {
    const path = (...extra: string[]) => [prefix, ...issue.path.map(String), ...extra].filter((part) => part !== undefined && part !== "").join(".");
    // An unknown field is reported at its own path, so a client can tell which one to drop.
    if (issue.code === "unrecognized_keys") return issue.keys.map((key) => ({ path: path(key), message: "This field is not allowed." }));
    return [{ path: path(), message: issue.message }];
  });

export const internalError = (requestId: string) =>
  new DomainError("INTERNAL", `Something went wrong on our side. Please try again; if it keeps happening, quote reference ${requestId}.`);

export function errorResponse(error: DomainError): APIGatewayProxyStructuredResultV2 {
  const body: ErrorBody = {
    error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) },
  };
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (error.retryAfterSeconds !== undefined) headers["retry-after"] = String(error.retryAfterSeconds);
  return { statusCode: error.status, headers, body: JSON.stringify(body) };
}
