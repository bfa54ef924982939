import type { MiddlewareObj } from "@middy/core";
import { isDomainError } from "@slotbook/core";
import { errorResponse, internalError } from "../error-response";
import type { ApiResult, HttpEvent } from "../http-event";
import { logger } from "../logger";

/**
 * Turns any thrown error into the contract's error body. Domain errors keep their code and status;
 * anything else is a bug: logged in full, answered with 500 INTERNAL and a reference, nothing leaked.
 */
export const errorMapper = (): MiddlewareObj<HttpEvent, ApiResult> => ({
  onError: (request) => {
    const { error } = request;
    const requestId = request.event.http?.requestId ?? "unknown";
    if (isDomainError(error)) {
      request.response = errorResponse(error);
      return;
    }
    logger.error("unhandled error", { requestId, error: error as Error });
    request.response = errorResponse(internalError(requestId));
  },
});
