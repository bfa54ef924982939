import { createSign } from "node:crypto";
import { createRequire } from "node:module";
import { inject } from "vitest";

/**
 * Signs a token with cognito-local's own signing key, to prove the gateway checks more than the signature:
 * expiry, issuer, token use and app client. Everything not overridden matches a real access token.
 */
export function forgeAccessToken(overrides: Record<string, unknown>): string {
  const { cognitoUrl, userPoolId, userPoolClientId } = inject("localCloud");
  const key = createRequire(import.meta.url)("cognito-local/lib/keys/cognitoLocal.private.json") as { pem: string };
  const now = Math.floor(Date.now() / 1000);
  const payload = {
    sub: "forged-user",
    username: "forged-user",
    "cognito:groups": ["admin"],
    iss: `${cognitoUrl}/${userPoolId}`,
    client_id: userPoolClientId,
    token_use: "access",
    scope: "aws.cognito.signin.user.admin",
    auth_time: now,
    iat: now,
    exp: now + 3600,
    jti: "forged",
    ...overrides,
  };
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const unsigned = `${encode({ alg: "RS256", typ: "JWT", kid: "CognitoLocal" })}.${encode(payload)}`;
  const signature = createSign("RSA-SHA256").update(unsigned).sign(key.pem).toString("base64url");
  return `${unsigned}.${signature}`;
}
