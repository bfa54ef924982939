import type { MiddlewareObj } from "@middy/core";
import { RequestError } from "../errors";
import type { ApiResult, HttpEvent } from "../http-event";

export const maxBodyBytes = 64 * 1024;

/** Refuses bodies over the contract's 64 KiB before anything parses them. */
export const bodyLimit = (limit = maxBodyBytes): MiddlewareObj<HttpEvent, ApiResult> => ({
  before: ({ event }) => {
    if (!event.body) return;
    const bytes = event.isBase64Encoded ? Buffer.from(event.body, "base64").length : Buffer.byteLength(event.body);
    if (bytes > limit) {
      throw new RequestError("PAYLOAD_TOO_LARGE", `The request body is ${bytes} bytes; the limit is ${limit} bytes (64 KiB).`);
    }
  },
});
