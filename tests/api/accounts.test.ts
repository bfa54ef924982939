import { readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { routes } from "@slotbook/functions";
import { describe, expect, inject, it } from "vitest";
import { errorBody, request } from "../support/http";
import { codeFrom, emailsTo } from "../support/mailbox";

const newEmail = () => `fan-${randomUUID().slice(0, 8)}@example.test`;
const password = "Correct-Horse-7";
const secretsSeen: string[] = [password];

async function registerConfirmed(email = newEmail(), extra: Record<string, string> = {}) {
  const registered = await request("POST", "/api/auth/register", { body: { email, password, name: "Fan Tester", ...extra } });
  expect(registered.status).toBe(201);
  const code = await codeFrom(email, 0);
  secretsSeen.push(code);
  expect((await request("POST", "/api/auth/confirm", { body: { email, code } })).status).toBe(204);
  return { email, user: registered.body.user };
}

async function login(email: string, pw = password) {
  const response = await request("POST", "/api/auth/login", { body: { email, password: pw } });
  if (response.status === 200) secretsSeen.push(response.body.accessToken, response.body.idToken, response.body.refreshToken);
  return response;
}

describe("sign-up, confirmation and sign-in", () => {
  it("register → code from the local mailbox → confirm → login → profile", async () => {
    const email = newEmail();
    const registered = await request("POST", "/api/auth/register", { body: { email: email.toUpperCase(), password, name: "Ada Fan", phone: "+4915112345678" } });
    expect(registered.status).toBe(201);
    expect(registered.body).toEqual({ user: { id: expect.any(String), email, name: "Ada Fan", role: "fan" }, confirmationRequired: true });

    const mail = await emailsTo(email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toMatch(/verification code/i);

    // Not confirmed yet: the same 401 as a wrong password or an unknown email.
    const early = await login(email);
    const wrong = await login(email, "Wrong-Password-1");
    const unknown = await login(newEmail());
    for (const response of [early, wrong, unknown]) expect(response.status).toBe(401);
    expect(new Set([early, wrong, unknown].map((response) => response.body.error.message)).size).toBe(1);

    const badCode = await request("POST", "/api/auth/confirm", { body: { email, code: "000000" } });
    expect(badCode.status).toBe(400);
    expect(badCode.body.error.details).toEqual([{ path: "code", message: expect.any(String) }]);

    const code = await codeFrom(email, 0);
    secretsSeen.push(code);
    expect((await request("POST", "/api/auth/confirm", { body: { email, code } })).status).toBe(204);
    expect((await request("POST", "/api/auth/confirm", { body: { email, code } })).body).toEqual(errorBody("CONFLICT"));

    const session = await login(email);
    expect(session.status).toBe(200);
    expect(session.body).toEqual({
      accessToken: expect.any(String),
      idToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: expect.any(Number),
      user: { id: registered.body.user.id, email, name: "Ada Fan", role: "fan" },
    });

    const profile = await request("GET", "/api/users/profile", { token: session.body.accessToken });
    expect(profile.status).toBe(200);
    // A phone given at sign-up is not opted in to text messages: that takes its own yes (tests/api/sms.test.ts).
    // Registered without a locale: the account's emails are in English.
    expect(profile.body).toEqual({ id: registered.body.user.id, email, name: "Ada Fan", phone: "+4915112345678", smsOptIn: false, locale: "en", role: "fan", createdAt: expect.any(String) });
    expect(Date.parse(profile.body.createdAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("refuses a second account with the same email with 409 EMAIL_TAKEN", async () => {
    const { email } = await registerConfirmed();
    const again = await request("POST", "/api/auth/register", { body: { email, password, name: "Copy" } });
    expect(again.status).toBe(409);
    expect(again.body).toEqual(errorBody("EMAIL_TAKEN"));
  });

  it("names each broken password rule and each bad field", async () => {
    const response = await request("POST", "/api/auth/register", { body: { email: "not-an-email", password: "short", name: "", phone: "0151 123" } });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("VALIDATION_FAILED");
    const byPath = (path: string) => response.body.error.details.filter((detail: { path: string }) => detail.path === path).map((detail: { message: string }) => detail.message);
    expect(byPath("password")).toEqual(expect.arrayContaining(["Use at least 8 characters.", "Include an uppercase letter.", "Include a digit."]));
    expect(byPath("email")).toHaveLength(1);
    expect(byPath("name")).toHaveLength(1);
    expect(byPath("phone")).toHaveLength(1);
  });

  it("never makes an admin by self-registration, and stores nothing for a refused body", async () => {
    const email = newEmail();
    for (const body of [{ role: "admin" }, { "custom:role": "admin" }, { groups: ["admin"] }]) {
      const response = await request("POST", "/api/auth/register", { body: { email, password, name: "Sneaky", ...body } });
      expect(response.status).toBe(400);
      expect(response.body.error.details).toEqual([{ path: Object.keys(body)[0], message: expect.any(String) }]);
    }
    expect(await emailsTo(email)).toHaveLength(0);
    const { user } = await registerConfirmed(email);
    expect(user.role).toBe("fan");
    const session = await login(email);
    expect(session.body.user.role).toBe("fan");
    const claims = JSON.parse(Buffer.from(session.body.accessToken.split(".")[1], "base64url").toString());
    expect(claims["cognito:groups"]).toEqual(["fan"]);
  });

  it("resends a code, and answers 202 alike for unknown and confirmed emails", async () => {
    const email = newEmail();
    await request("POST", "/api/auth/register", { body: { email, password, name: "Late Reader" } });
    expect((await request("POST", "/api/auth/confirm/resend", { body: { email } })).status).toBe(202);
    const code = await codeFrom(email, 1);
    secretsSeen.push(code);
    expect((await request("POST", "/api/auth/confirm", { body: { email, code } })).status).toBe(204);
    expect((await request("POST", "/api/auth/confirm/resend", { body: { email } })).status).toBe(202);
    expect((await request("POST", "/api/auth/confirm/resend", { body: { email: newEmail() } })).status).toBe(202);
  });
});

describe("sessions", () => {
  it("refresh → logout → refresh refused", async () => {
    const { email } = await registerConfirmed();
    const session = await login(email);
    const refreshed = await request("POST", "/api/auth/refresh", { body: { refreshToken: session.body.refreshToken } });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toEqual({ accessToken: expect.any(String), idToken: expect.any(String), expiresIn: expect.any(Number) });
    expect((await request("GET", "/api/users/profile", { token: refreshed.body.accessToken })).status).toBe(200);

    const logout = await request("POST", "/api/auth/logout", { token: session.body.accessToken, body: { refreshToken: session.body.refreshToken } });
    expect(logout.status).toBe(204);
    const after = await request("POST", "/api/auth/refresh", { body: { refreshToken: session.body.refreshToken } });
    expect(after.status).toBe(401);
    expect(after.body).toEqual(errorBody("UNAUTHORIZED"));
  });

  it("refuses a garbage refresh token with 401", async () => {
    const response = await request("POST", "/api/auth/refresh", { body: { refreshToken: "garbage" } });
    expect(response.status).toBe(401);
  });
});

describe("profile and passwords", () => {
  it("updates name and phone, removes the phone with null, and keeps email read-only", async () => {
    const { email } = await registerConfirmed();
    const { body: session } = await login(email);
    const token = session.accessToken;
    const updated = await request("PUT", "/api/users/profile", { token, body: { name: "New Name", phone: "+14155550123" } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ email, name: "New Name", phone: "+14155550123" });
    const cleared = await request("PUT", "/api/users/profile", { token, body: { phone: null } });
    expect(cleared.body.phone).toBeNull();
    const emailChange = await request("PUT", "/api/users/profile", { token, body: { email: "other@example.test" } });
    expect(emailChange.status).toBe(400);
    expect((await request("GET", "/api/users/profile", { token })).body).toMatchObject({ email, name: "New Name", phone: null });
  });

  it("changes the password given the current one; the old one stops working", async () => {
    const { email } = await registerConfirmed();
    const { body: session } = await login(email);
    const token = session.accessToken;
    const newPassword = "Brand-New-Pass-9";
    secretsSeen.push(newPassword);

    const wrongCurrent = await request("PUT", "/api/users/password", { token, body: { currentPassword: "Not-It-123", newPassword } });
    expect(wrongCurrent.status).toBe(400);
    expect(wrongCurrent.body.error.details).toEqual([{ path: "currentPassword", message: expect.any(String) }]);
    const weak = await request("PUT", "/api/users/password", { token, body: { currentPassword: password, newPassword: "weakling" } });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details.every((detail: { path: string }) => detail.path === "newPassword")).toBe(true);

    expect((await request("PUT", "/api/users/password", { token, body: { currentPassword: password, newPassword } })).status).toBe(204);
    expect((await login(email)).status).toBe(401);
    expect((await login(email, newPassword)).status).toBe(200);
  });

  it("forgot → code by email → reset → sign in with the new password", async () => {
    const { email } = await registerConfirmed();
    expect((await request("POST", "/api/auth/password/forgot", { body: { email: newEmail() } })).status).toBe(202);
    expect((await request("POST", "/api/auth/password/forgot", { body: { email } })).status).toBe(202);
    const code = await codeFrom(email, 1);
    secretsSeen.push(code);
    const newPassword = "Reset-Pass-42";
    secretsSeen.push(newPassword);

    const badCode = await request("POST", "/api/auth/password/reset", { body: { email, code: "111111", newPassword } });
    expect(badCode.status).toBe(400);
    expect(badCode.body.error.details[0].path).toBe("code");
    expect((await request("POST", "/api/auth/password/reset", { body: { email, code, newPassword } })).status).toBe(204);
    expect((await login(email, newPassword)).status).toBe(200);
    expect((await login(email)).status).toBe(401);
  });
});

describe("no account discovery, and Cognito's per-user attempt limits", () => {
  const confirm = (email: string, code: string) => request("POST", "/api/auth/confirm", { body: { email, code } });

  it("confirming an email that has no account answers exactly as a wrong code does", async () => {
    const email = newEmail();
    expect((await request("POST", "/api/auth/register", { body: { email, password, name: "Careful Fan" } })).status).toBe(201);
    const wrongCode = await confirm(email, "000000");
    const noAccount = await confirm(newEmail(), "000000");
    expect(wrongCode.status).toBe(400);
    expect(noAccount.status).toBe(wrongCode.status);
    expect(noAccount.body).toEqual(wrongCode.body);
    expect(noAccount.body.error.message).not.toMatch(/confirmed/i);
  });

  it("after 5 wrong codes even the right one is 429 RATE_LIMITED with Retry-After, and an unknown email is limited alike", async () => {
    const email = newEmail();
    expect((await request("POST", "/api/auth/register", { body: { email, password, name: "Guesser" } })).status).toBe(201);
    for (let attempt = 1; attempt <= 5; attempt += 1) expect((await confirm(email, "000000")).status, `wrong code #${attempt}`).toBe(400);
    const code = await codeFrom(email, 0);
    secretsSeen.push(code);
    const locked = await confirm(email, code);
    expect(locked.status).toBe(429);
    expect(locked.body).toEqual(errorBody("RATE_LIMITED"));
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);

    const stranger = newEmail();
    for (let attempt = 1; attempt <= 5; attempt += 1) expect((await confirm(stranger, "000000")).status).toBe(400);
    const strangerLocked = await confirm(stranger, "000000");
    expect(strangerLocked.status).toBe(429);
    expect(strangerLocked.body).toEqual(locked.body);
  });

  it("after 5 failed sign-ins even the right password is 429 RATE_LIMITED with Retry-After", async () => {
    const { email } = await registerConfirmed();
    for (let attempt = 1; attempt <= 5; attempt += 1) expect((await login(email, "Wrong-Password-1")).status, `wrong password #${attempt}`).toBe(401);
    const locked = await login(email);
    expect(locked.status).toBe(429);
    expect(locked.body).toEqual(errorBody("RATE_LIMITED"));
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("throttles sign-up and confirmation per route, as sign-in is", () => {
    expect(routes.login.throttle).toBeDefined();
    expect(routes.register.throttle).toEqual(routes.login.throttle);
    expect(routes.confirm.throttle).toEqual(routes.login.throttle);
  });
});

describe("logs", () => {
  it("record the requests of the flows above but never a token, password or code", async () => {
    const log = await readFile(inject("localCloud").apiLogFile, "utf8");
    expect(log).toContain('"route":"POST /api/auth/login"');
    expect(log).toContain('"route":"POST /api/auth/confirm"');
    for (const secret of secretsSeen) expect(log.includes(secret), `a secret (${secret.slice(0, 4)}…) was logged`).toBe(false);
    expect(log).not.toMatch(/eyJ[\w-]+\.[\w-]+/); // no JWT of any kind
  });
});
