import { isRole, type Role } from "@slotbook/contract";

/** The verified identity behind a request, read from the access token's claims. */
export interface Caller {
  id: string;
  username: string;
  roles: Role[];
  /** The caller's main role: admin when they are in the admin group, else fan. */
  role: Role;
}

export type Claims = Record<string, string | number | boolean | string[] | undefined>;

/**
 * `cognito:groups` reaches a Lambda as an array (cognito-local, raw JWT) or, through API Gateway's JWT
 * authorizer, flattened to a string such as "[admin fan]". Accept both.
 */
export function groupsFromClaim(value: Claims[string]): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== "string") return [];
  return value
    .replace(/^\[|\]$/g, "")
    .split(/[\s,]+/)
    .map((group) => group.replace(/^"|"$/g, ""))
    .filter(Boolean);
}

export function callerFromClaims(claims: Claims | undefined): Caller | undefined {
  const id = claims?.sub;
  if (typeof id !== "string" || id.length === 0) return undefined;
  const roles = groupsFromClaim(claims?.["cognito:groups"]).filter(isRole);
  const username = typeof claims?.username === "string" ? claims.username : id;
  return { id, username, roles, role: roles.includes("admin") ? "admin" : "fan" };
}
