import type { MiddlewareObj } from "@middy/core";
import type { ErrorDetail } from "@slotbook/contract";
import { DomainError } from "@slotbook/core";
import { detailsFromZod } from "../error-response";
import type { ApiResult, HttpEvent } from "../http-event";
import type { RequestSchema, RouteSpec } from "../route-spec";

/** Validates body, path and query against the route's zod schemas; every bad field is listed. */
export function validate(route: RouteSpec): MiddlewareObj<HttpEvent, ApiResult> {
  const parts: Array<["body" | "params" | "query" | "headers", RequestSchema | undefined]> = [
    ["params", route.request?.params],
    ["query", route.request?.query],
    ["headers", route.request?.headers],
    ["body", route.request?.body],
  ];
  return {
    before: ({ event }) => {
      const headers = Object.fromEntries(Object.entries(event.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
      const inputs = { params: event.pathParameters ?? {}, query: event.queryStringParameters ?? {}, headers, body: event.http.json };
      const details: ErrorDetail[] = [];
      for (const [part, schema] of parts) {
        if (!schema) continue;
        const result = schema.safeParse(inputs[part]);
        if (result.success) event.http.valid[part] = result.data;
        else details.push(...detailsFromZod(result.error, part === "body" ? undefined : part));
      }
      if (details.length > 0) {
        throw new DomainError("VALIDATION_FAILED", "Some fields are missing or invalid.", { details });
      }
    },
  };
}
