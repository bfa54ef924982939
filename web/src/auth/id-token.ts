export type Role = "admin" | "fan";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * Who signed in, read from the ID token's claims for display and routing only: the API verifies the access
 * token on every call, so nothing here is trusted for authorization.
 */
export function userFromIdToken(idToken: string): SessionUser {
  const payload = idToken.split(".")[1] ?? "";
  const json = new TextDecoder().decode(Uint8Array.from(atob(payload.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0)));
  const claims = JSON.parse(json) as Record<string, unknown>;
  const groups = Array.isArray(claims["cognito:groups"]) ? (claims["cognito:groups"] as unknown[]) : [];
  const email = typeof claims.email === "string" ? claims.email : "";
  return {
    id: String(claims.sub ?? ""),
    email,
    name: typeof claims.name === "string" && claims.name ? claims.name : email,
    role: groups.includes("admin") ? "admin" : "fan",
  };
}
