import type { MiddlewareObj } from "@middy/core";
import { DomainError } from "@slotbook/core";
import { isUnreachable, unreachableRetryAfterSeconds } from "@slotbook/core/adapters/unreachable";
import { errorResponse, internalError } from "../error-response";
import { isApiError } from "../errors";
import type { ApiResult, HttpEvent } from "../http-event";
import { logger } from "../logger";

/**
 * Turns any thrown error into the contract's error body. Domain and request errors keep their code and status; a
 * dependency (DynamoDB, Cognito, SES) that could not be reached at all is 503 UNAVAILABLE with Retry-After,
 * whichever adapter let it through; anything else is a bug: logged in full, answered with 500 INTERNAL and a
 * reference, nothing leaked.
 */
export const errorMapper = (): MiddlewareObj<HttpEvent, ApiResult> => ({
  onError: (request) => {
    const { error } = request;
    const requestId = request.event.http?.requestId ?? "unknown";
    if (isApiError(error)) {
      request.response = errorResponse(error);
      return;
    }
    if (isUnreachable(error)) {
      logger.warn("a dependency is unreachable", { requestId, error: error as Error });
      request.response = errorResponse(
        new DomainError("UNAVAILABLE", "A service this needs can't be reached right now. Please try again shortly.", { retryAfterSeconds: unreachableRetryAfterSeconds }),
      );
      return;
    }
    logger.error("unhandled error", { requestId, error: error as Error });
    request.response = errorResponse(internalError(requestId));
  },
});
