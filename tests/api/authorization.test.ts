import { CreateUserPoolClientCommand, InitiateAuthCommand } from "@aws-sdk/client-cognito-identity-provider";
import { roles } from "@slotbook/contract";
import { routeList, type RouteSpec } from "@slotbook/functions";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { request } from "../support/http";
import { forgeAccessToken } from "../support/tokens";
import { cognitoClient, signedInUser } from "../support/users";

/** A concrete path for a route: each `{param}` filled with a placeholder id, the catch-all with a junk path. */
const concretePath = (route: RouteSpec) => route.path.replace("{proxy+}", "no/such/route").replace(/\{\w+\}/g, "authz-probe");
const method = (route: RouteSpec) => (route.method === "ANY" ? "GET" : route.method);

const callers = { anonymous: undefined as string | undefined, fan: "", admin: "" };

beforeAll(async () => {
  callers.fan = (await signedInUser(["fan"])).accessToken;
  callers.admin = (await signedInUser(["admin"])).accessToken;
});

/**
 * The role matrix, walked over the WHOLE route table: every route added later is covered without editing
 * this test. Anonymous → 401 on protected routes; a role the route does not admit → 403; otherwise the
 * request gets past authorization (whatever the route then says about the empty input).
 */
describe("authorization over the whole route table", () => {
  for (const route of routeList) {
    const admitted: readonly string[] = route.auth === "public" ? ["anonymous", ...roles] : (route.roles ?? roles);
    for (const caller of ["anonymous", ...roles] as const) {
      const expected = admitted.includes(caller) ? "allowed" : caller === "anonymous" ? 401 : 403;
      it(`${route.method} ${route.path} as ${caller} → ${expected}`, async () => {
        const response = await request(method(route), concretePath(route), { token: callers[caller], body: route.request?.body ? {} : undefined });
        if (expected === "allowed") {
          expect([401, 403]).not.toContain(response.status);
          expect(response.status).toBeLessThan(500);
        } else {
          expect(response.status).toBe(expected);
          expect(response.body.error.code).toBe(expected === 401 ? "UNAUTHORIZED" : "FORBIDDEN");
        }
      });
    }
  }
});

describe("token verification", () => {
  it("accepts a correctly signed, current access token of our client (control for the cases below)", async () => {
    const response = await request("GET", "/api/auth/session", { token: forgeAccessToken({}) });
    expect(response.status).toBe(200);
  });

  it.each([
    ["expired", { exp: Math.floor(Date.now() / 1000) - 60, iat: Math.floor(Date.now() / 1000) - 3700 }],
    ["from another issuer", { iss: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_other" }],
    ["for another app client", { client_id: "some-other-client" }],
    ["an id token", { token_use: "id" }],
  ])("refuses a token that is %s with 401", async (_case, overrides) => {
    const response = await request("GET", "/api/auth/session", { token: forgeAccessToken(overrides) });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe("UNAUTHORIZED");
  });

  it("refuses a real access token issued to another app client of the same pool", async () => {
    const { userPoolId } = inject("localCloud");
    const user = await signedInUser(["admin"]);
    const client = cognitoClient();
    const other = await client.send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: "other-app", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH"] }));
    const auth = await client.send(
      new InitiateAuthCommand({ ClientId: other.UserPoolClient!.ClientId!, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: user.email, PASSWORD: user.password } }),
    );
    client.destroy();
    const response = await request("GET", "/api/auth/session", { token: auth.AuthenticationResult!.AccessToken! });
    expect(response.status).toBe(401);
  });
});
