import middy from "@middy/core";
import type { Context } from "aws-lambda";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ApiResult, HttpEvent } from "../http-event";
import type { RouteSpec } from "../route-spec";
import { jsonBody } from "./json-body";

const defaultContext = { getRemainingTimeInMillis: () => 1000 } as Context;
const takesBody = { request: { body: z.object({}) } } as unknown as RouteSpec;
const takesNone = {} as RouteSpec;

const event = (body: string | undefined, headers: Record<string, string> = { "content-type": "application/json" }, isBase64Encoded = false) =>
  ({ body, headers, isBase64Encoded, http: { startedAt: 0, requestId: "req-1", valid: {} } }) as unknown as HttpEvent;

/** A handler behind the parser that answers with what it parsed (`null` for nothing). */
const parsing = (route: RouteSpec) => middy<HttpEvent, ApiResult>((event: HttpEvent) => ({ statusCode: 200, body: JSON.stringify(event.http.json ?? null) })).use(jsonBody(route));
const parsed = async (route: RouteSpec, e: HttpEvent) => JSON.parse((await parsing(route)(e, defaultContext)).body!);

describe("jsonBody", () => {
  it("parses the JSON body of a route that takes one, for the validator after it", async () => {
    expect(await parsed(takesBody, event('{"title":"Signing","slots":[1,2]}'))).toEqual({ title: "Signing", slots: [1, 2] });
  });

  it("decodes a base64 body first", async () => {
    expect(await parsed(takesBody, event(Buffer.from('{"name":"Zoë"}').toString("base64"), undefined, true))).toEqual({ name: "Zoë" });
  });

  it("takes a charset, a +json type and any spelling of the header", async () => {
    expect(await parsed(takesBody, event("[1]", { "content-type": "application/json; charset=utf-8" }))).toEqual([1]);
    expect(await parsed(takesBody, event("[2]", { "Content-Type": "Application/Merge-Patch+JSON" }))).toEqual([2]);
  });

  it("leaves an empty or missing body alone (the validator says what is missing)", async () => {
    expect(await parsed(takesBody, event(undefined))).toBeNull();
    expect(await parsed(takesBody, event("", {}))).toBeNull();
  });

  it("ignores a body sent to a route that takes none, however it looks", async () => {
    expect(await parsed(takesNone, event("{not json", { "content-type": "text/plain" }))).toBeNull();
  });

  it("refuses a body that is not declared JSON: 415 UNSUPPORTED_MEDIA_TYPE, before parsing it", async () => {
    const sent: Array<Record<string, string>> = [{ "content-type": "text/plain" }, { "content-type": "application/x-www-form-urlencoded" }, { "content-type": "application/jsonp" }, {}];
    for (const headers of sent) {
      await expect(parsing(takesBody)(event('{"a":1}', headers), defaultContext)).rejects.toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE", status: 415 });
    }
  });

  it("refuses malformed JSON: 400 INVALID_JSON", async () => {
    for (const body of ['{"title": ', "{'a': 1}", "undefined"]) {
      await expect(parsing(takesBody)(event(body), defaultContext)).rejects.toMatchObject({ code: "INVALID_JSON", status: 400 });
    }
  });
});
