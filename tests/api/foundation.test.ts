import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validate } from "@readme/openapi-parser";
import { errorStatus } from "@slotbook/functions";
import { repoRoot } from "@slotbook/local";
import { routeList } from "@slotbook/functions";
import { describe, expect, inject, it } from "vitest";
import { errorBody, request } from "../support/http";
import { signedInUser } from "../support/users";

describe("health and docs", () => {
  it("GET /api/health answers ok with security headers and a request id", async () => {
    const response = await request("GET", "/api/health");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: "ok" });
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("GET /api/openapi.json is a valid OpenAPI 3.1 document of every documented route", async () => {
    const { status, body } = await request("GET", "/api/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(body));
    expect(result.valid, JSON.stringify(result)).toBe(true);
    for (const route of routeList.filter((entry) => entry.documented !== false)) {
      expect(body.paths[route.path]?.[route.method.toLowerCase()], `${route.method} ${route.path}`).toBeDefined();
      const operation = body.paths[route.path][route.method.toLowerCase()];
      if (route.auth === "user") expect(operation.responses["401"]).toBeDefined();
      else expect(operation.security, `${route.method} ${route.path} is public`).toEqual([]);
      expect(operation.responses["429"].headers["Retry-After"], `${route.method} ${route.path}`).toBeDefined();
      for (const code of route.errors ?? []) {
        const status = errorStatus[code];
        expect(operation.responses[String(status)]?.description ?? "", `${route.method} ${route.path} documents ${code}`).toContain(status === 404 ? "NOT_FOUND" : code);
      }
    }
  });

  it("GET /api/openapi.json passes Redocly's recommended rules (redocly.yaml)", async () => {
    const { body } = await request("GET", "/api/openapi.json");
    const dir = await mkdtemp(join(tmpdir(), "openapi-"));
    const file = join(dir, "openapi.json");
    await writeFile(file, JSON.stringify(body));
    const lint = spawnSync(process.execPath, [join(repoRoot, "node_modules/@redocly/cli/bin/cli.js"), "lint", file, "--config", join(repoRoot, "redocly.yaml"), "--format", "stylish"], {
      encoding: "utf8",
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    });
    await rm(dir, { recursive: true, force: true });
    expect(lint.status, `${lint.stdout}\n${lint.stderr}`).toBe(0);
    expect(lint.stdout + lint.stderr).not.toMatch(/\berror\b/);
  });
});

describe("errors", () => {
  it("an unknown route is 404 with the contract's error body", async () => {
    for (const [method, path] of [["GET", "/api/nothing-here"], ["DELETE", "/api/health"], ["GET", "/"]] as const) {
      const response = await request(method, path);
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(response.body).toEqual(errorBody("NOT_FOUND"));
    }
  });

  it("malformed JSON is 400 INVALID_JSON, and a body over 64 KiB is 413, before anything is stored", async () => {
    const malformed = await request("POST", "/api/auth/register", { rawBody: '{"email": "a@b.c", "password": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual(errorBody("INVALID_JSON"));

    const email = `big-${Date.now()}@example.test`;
    const huge = await request("POST", "/api/auth/register", { body: { email, password: "Pass-word-1", name: "x".repeat(70 * 1024) } });
    expect(huge.status).toBe(413);
    expect(huge.body).toEqual(errorBody("PAYLOAD_TOO_LARGE"));
    // Nothing was registered: the same email can sign up normally.
    expect((await request("POST", "/api/auth/register", { body: { email, password: "Pass-word-1", name: "Normal" } })).status).toBe(201);
  });

  it("a protected route is 401 without a token, with a garbage token, and with an id token", async () => {
    const user = await signedInUser(["fan"]);
    for (const headers of [{} as Record<string, string>, { authorization: "Bearer not.a.jwt" }, { authorization: "Basic abc" }, { authorization: `Bearer ${user.idToken}` }]) {
      const response = await request("GET", "/api/auth/session", { headers });
      expect(response.status).toBe(401);
      expect(response.body).toEqual(errorBody("UNAUTHORIZED"));
    }
  });

  it("a protected route answers a verified access token with the caller's identity", async () => {
    const admin = await signedInUser(["admin"]);
    const response = await request("GET", "/api/auth/session", { token: admin.accessToken });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ id: expect.any(String), role: "admin" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});

describe("CORS", () => {
  it("answers the site's preflight and refuses other origins", async () => {
    const preflight = (origin: string) =>
      request("OPTIONS", "/api/auth/session", { headers: { origin, "access-control-request-method": "GET", "access-control-request-headers": "authorization" } });
    const { siteUrl } = inject("localCloud");
    const site = await preflight(siteUrl);
    expect(site.headers.get("access-control-allow-origin")).toBe(siteUrl);
    expect(site.headers.get("access-control-allow-headers")).toContain("authorization");
    const other = await preflight("https://evil.example");
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});
