import { JwtVerifier } from "aws-jwt-verify";
import type { Jwks } from "aws-jwt-verify/jwk";
import type { JwtPayload } from "aws-jwt-verify/jwt-model";

/**
 * What API Gateway's JWT authorizer does in AWS, done locally with aws-jwt-verify against cognito-local:
 * signature, issuer, expiry, and the app client (Cognito access tokens carry it as `client_id`).
 * Only access tokens pass; an id token is refused.
 */
export async function createTokenVerifier(options: { cognitoEndpoint: string; userPoolId: string; clientId: string }) {
  const issuer = `${options.cognitoEndpoint}/${options.userPoolId}`;
  const jwksUri = `${issuer}/.well-known/jwks.json`;
  const verifier = JwtVerifier.create({
    issuer,
    audience: null,
    jwksUri,
    customJwtCheck: ({ payload }) => {
      if (payload.token_use !== "access") throw new Error("not an access token");
      if (payload.client_id !== options.clientId) throw new Error("token of another app client");
    },
  });
  // aws-jwt-verify only fetches JWKS over https; cognito-local serves http, so we hand it the keys.
  const response = await fetch(jwksUri);
  if (!response.ok) throw new Error(`cognito-local did not serve its JWKS at ${jwksUri} (${response.status}).`);
  verifier.cacheJwks((await response.json()) as Jwks);

  return async (authorization: string | undefined): Promise<JwtPayload | undefined> => {
    const token = /^Bearer (\S+)$/i.exec(authorization ?? "")?.[1];
    if (!token) return undefined;
    try {
      return await verifier.verify(token);
    } catch {
      return undefined;
    }
  };
}

/** API Gateway hands claims to the Lambda as strings, arrays flattened to "[a b]"; we do the same. */
export function claimsAsApiGatewaySendsThem(payload: JwtPayload): Record<string, string> {
  return Object.fromEntries(
    Object.entries(payload).map(([key, value]) => [key, Array.isArray(value) ? `[${value.join(" ")}]` : String(value)]),
  );
}
