import middy from "@middy/core";
import type { Context } from "aws-lambda";
import { describe, expect, it } from "vitest";
import type { ApiResult, HttpEvent } from "../http-event";
import { bodyLimit, maxBodyBytes } from "./body-limit";

const defaultContext = { getRemainingTimeInMillis: () => 1000 } as Context;
const event = (body: string | undefined, isBase64Encoded = false) => ({ body, isBase64Encoded, headers: {} }) as unknown as HttpEvent;

/** A handler behind the limit that reports the body's length it got to see. */
const limited = (limit?: number) => middy<HttpEvent, ApiResult>((event: HttpEvent) => ({ statusCode: 200, body: String(event.body?.length ?? 0) })).use(bodyLimit(limit));

describe("bodyLimit", () => {
  it("is the contract's 64 KiB", () => {
    expect(maxBodyBytes).toBe(65_536);
  });

  it("lets no body and a body of exactly the limit through", async () => {
    expect((await limited()(event(undefined), defaultContext)).statusCode).toBe(200);
    expect((await limited()(event(""), defaultContext)).statusCode).toBe(200);
    expect((await limited()(event("x".repeat(maxBodyBytes)), defaultContext)).body).toBe(String(maxBodyBytes));
  });

  it("refuses one byte more with PAYLOAD_TOO_LARGE, before the handler sees it", async () => {
    await expect(limited()(event("x".repeat(maxBodyBytes + 1)), defaultContext)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE", status: 413 });
  });

  it("counts bytes, not characters: UTF-8 text and base64 bodies as they decode", async () => {
    // "ü" is two bytes in UTF-8: 6 characters, 12 bytes.
    await expect(limited(10)(event("üüüüüü"), defaultContext)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect((await limited(12)(event("üüüüüü"), defaultContext)).statusCode).toBe(200);
    // 12 bytes decoded, 16 characters encoded.
    const encoded = Buffer.from("x".repeat(12)).toString("base64");
    expect((await limited(12)(event(encoded, true), defaultContext)).statusCode).toBe(200);
    await expect(limited(11)(event(encoded, true), defaultContext)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });
});
