import { describe, expect, it } from "vitest";
import { callerFromClaims, groupsFromClaim } from "./caller";

describe("cognito:groups claim", () => {
  it("reads the array a raw token carries and the string API Gateway flattens it to", () => {
    expect(groupsFromClaim(["admin", "fan"])).toEqual(["admin", "fan"]);
    expect(groupsFromClaim("[admin fan]")).toEqual(["admin", "fan"]);
    expect(groupsFromClaim("[fan]")).toEqual(["fan"]);
    expect(groupsFromClaim(undefined)).toEqual([]);
  });

  it("ignores groups that are not roles and makes admin the main role", () => {
    expect(callerFromClaims({ sub: "u", "cognito:groups": "[beta admin]" })).toMatchObject({ roles: ["admin"], role: "admin" });
    expect(callerFromClaims({ sub: "u" })).toMatchObject({ roles: [], role: "fan" });
    expect(callerFromClaims({})).toBeUndefined();
  });
});
