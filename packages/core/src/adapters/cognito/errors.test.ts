import { describe, expect, it } from "vitest";
import { DomainError } from "../../errors";
import { mapCognitoError } from "./errors";

const cognitoError = (name: string, message = name, httpStatusCode = 400) => Object.assign(new Error(message), { name, $metadata: { httpStatusCode } });
const mapped = (error: unknown, overrides?: Record<string, () => DomainError>) => {
  try {
    mapCognitoError(error, overrides);
  } catch (thrown) {
    return thrown;
  }
  throw new Error("mapCognitoError returned");
};
const badCredentials = () => new DomainError("UNAUTHORIZED", "The email or password is wrong.");

describe("Cognito errors (AWS's answers, which cognito-local does not all give)", () => {
  it("per-user attempt limits are 429 RATE_LIMITED with Retry-After, before an operation's own meaning of the name", () => {
    for (const error of [
      cognitoError("NotAuthorizedException", "Password attempts exceeded"),
      cognitoError("LimitExceededException", "Attempt limit exceeded, please try after some time."),
      cognitoError("TooManyFailedAttemptsException"),
    ]) {
      expect(mapped(error, { NotAuthorizedException: badCredentials })).toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) });
    }
    expect(mapped(cognitoError("NotAuthorizedException", "Incorrect username or password."), { NotAuthorizedException: badCredentials })).toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("Cognito out of reach, failing or throttling its callers is 503 UNAVAILABLE with Retry-After", () => {
    for (const error of [
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9229"), { code: "ECONNREFUSED" }),
      Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }),
      Object.assign(new Error("Connection timed out after 2000 ms"), { name: "TimeoutError" }),
      cognitoError("InternalErrorException", "boom", 500),
      cognitoError("TooManyRequestsException", "Rate exceeded"),
    ]) {
      expect(mapped(error)).toMatchObject({ code: "UNAVAILABLE", retryAfterSeconds: expect.any(Number) });
    }
  });

  it("anything else passes through (a bug: 500)", () => {
    const error = cognitoError("InvalidParameterException");
    expect(mapped(error)).toBe(error);
  });
});
