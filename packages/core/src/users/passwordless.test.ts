import { describe, expect, it, vi } from "vitest";
import type { OutgoingMail } from "../notifications/messages";
import type { IdentityProvider, SignedIn } from "./identity-provider";
import { createCodeRequests, createCodeSignIn } from "./passwordless";
import type { Role } from "@slotbook/contract";
import { signInCodeHash, signInCodePolicy } from "./sign-in-code";
import type { SignInCodeStore } from "./sign-in-code-store";

const now = new Date("2026-05-01T10:00:00.000Z");
const email = "fan@example.test";

const session = (roles: Role[]): SignedIn => ({ accessToken: "a", idToken: "i", refreshToken: "r", expiresIn: 3600, id: "sub-1", email, name: "Fan", roles });

/** A directory with one account (or none), recording what is asked of it. */
function directory(account: { roles: Role[] } | undefined, signedInAs: Role[] = ["fan"]) {
  const unused = () => Promise.reject(new Error("not used here"));
  const identity = {
    rolesOf: vi.fn(async () => account?.roles),
    createPasswordlessAccount: vi.fn(async () => ({ id: "sub-new", created: true })),
    addToGroup: vi.fn(async () => {}),
    signInWithCode: vi.fn(async () => session(signedInAs)),
    revoke: vi.fn(async () => {}),
  };
  return { identity, provider: new Proxy(identity, { get: (target, key) => (key in target ? target[key as keyof typeof target] : unused) }) as unknown as IdentityProvider };
}

/** A code store whose answers the test scripts. */
function store(overrides: Partial<SignInCodeStore> = {}): SignInCodeStore & Record<keyof SignInCodeStore, ReturnType<typeof vi.fn>> {
  return {
    issue: vi.fn(async () => ({ issued: true as const })),
    attempt: vi.fn(async () => ({ outcome: "check" as const, codeHash: signInCodeHash(email, "123456"), failures: 1 })),
    lock: vi.fn(async () => {}),
    prove: vi.fn(async () => true),
    redeemProof: vi.fn(async () => true),
    ...overrides,
  } as never;
}

function passwordless(account: { roles: Role[] } | undefined, codes = store(), signedInAs?: Role[]) {
  const { identity, provider } = directory(account, signedInAs);
  const sent: OutgoingMail[] = [];
  const saved: unknown[] = [];
  const deps = { identity: provider, codes, now: () => now };
  const service = {
    ...createCodeRequests({ ...deps, mail: { send: async (mail) => void sent.push(mail) }, sender: "bookings@example.test", newCode: () => "123456" }),
    ...createCodeSignIn({ ...deps, profiles: { save: async (profile) => (saved.push(profile), { ...profile, updatedAt: now.toISOString() }) } }),
  };
  return { service, identity, codes, sent, saved };
}

describe("asking for a code", () => {
  it("keeps the code's hash (and the name for a new account) and mails the code", async () => {
    const { service, codes, sent } = passwordless(undefined);
    await service.requestCode(email, "Cody");
    expect(codes.issue).toHaveBeenCalledWith(email, { hash: signInCodeHash(email, "123456"), name: "Cody" }, now);
    expect(sent).toEqual([expect.objectContaining({ to: email, subject: "Your Slotbook sign-in code" })]);
    expect(sent[0]!.text).toContain("123456");
  });

  it("keeps the browser's language with the code, for the account it may make", async () => {
    const { service, codes } = passwordless(undefined);
    await service.requestCode(email, undefined, "de");
    expect(codes.issue).toHaveBeenCalledWith(email, { hash: signInCodeHash(email, "123456"), locale: "de" }, now);
  });

  it("mails an organiser nothing, with the same (silent) answer, after counting the request as for anyone", async () => {
    const { service, codes, sent } = passwordless({ roles: ["admin"] });
    await expect(service.requestCode(email)).resolves.toBeUndefined();
    expect(codes.issue).toHaveBeenCalled();
    expect(sent).toEqual([]);
  });

  it("answers 429 with the wait past the email's limit, and sends nothing", async () => {
    const { service, identity, sent } = passwordless(undefined, store({ issue: vi.fn(async () => ({ issued: false as const, retryAfterSeconds: 321 })) }));
    await expect(service.requestCode(email)).rejects.toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: 321 });
    expect(identity.rolesOf).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });
});

describe("signing in with the code", () => {
  it("makes a new email a fan: the account, its profile, the fan group, then the pool's sign-in", async () => {
    const codes = store({ attempt: vi.fn(async () => ({ outcome: "check" as const, codeHash: signInCodeHash(email, "123456"), failures: 1, name: "Cody" })) });
    const { service, identity, saved } = passwordless(undefined, codes);
    const tokens = await service.verifyCode(email, "123456");
    expect(codes.prove).toHaveBeenCalledWith(email, signInCodeHash(email, "123456"), now);
    expect(identity.createPasswordlessAccount).toHaveBeenCalledWith({ email, name: "Cody", locale: "en" });
    expect(saved).toEqual([{ id: "sub-new", username: email, email, name: "Cody", phone: null, locale: "en", createdAt: now.toISOString() }]);
    expect(identity.addToGroup).toHaveBeenCalledWith(email, "fan");
    expect(identity.signInWithCode).toHaveBeenCalledWith(email, "123456");
    expect(tokens).toEqual({ accessToken: "a", idToken: "i", refreshToken: "r", expiresIn: 3600, user: { id: "sub-1", email, name: "Fan", role: "fan" } });
  });

  it("names a new account after its email when it asked without a name", async () => {
    const { service, identity } = passwordless(undefined);
    await service.verifyCode(email, "123456");
    expect(identity.createPasswordlessAccount).toHaveBeenCalledWith({ email, name: "fan", locale: "en" });
  });

  it("makes the account in the language asked with the code: its directory entry and its profile", async () => {
    const codes = store({ attempt: vi.fn(async () => ({ outcome: "check" as const, codeHash: signInCodeHash(email, "123456"), failures: 1, locale: "de" as const })) });
    const { service, identity, saved } = passwordless(undefined, codes);
    await service.verifyCode(email, "123456");
    expect(identity.createPasswordlessAccount).toHaveBeenCalledWith({ email, name: "fan", locale: "de" });
    expect(saved).toEqual([expect.objectContaining({ locale: "de" })]);
  });

  it("signs an existing fan in as they are, and gives an account without a role the fan group", async () => {
    const fan = passwordless({ roles: ["fan"] });
    await fan.service.verifyCode(email, "123456");
    expect(fan.identity.createPasswordlessAccount).not.toHaveBeenCalled();
    expect(fan.identity.addToGroup).not.toHaveBeenCalled();
    const roleless = passwordless({ roles: [] });
    await roleless.service.verifyCode(email, "123456");
    expect(roleless.identity.addToGroup).toHaveBeenCalledWith(email, "fan");
  });

  it("never signs an organiser in, even with a right code, and leaves no proof for the pool to accept", async () => {
    const { service, identity, codes } = passwordless({ roles: ["admin"] });
    await expect(service.verifyCode(email, "123456")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(codes.prove).not.toHaveBeenCalled();
    expect(identity.signInWithCode).not.toHaveBeenCalled();
  });

  it("revokes and refuses a session that turns out to be an organiser's (an account changed meanwhile)", async () => {
    const { service, identity } = passwordless({ roles: ["fan"] }, store(), ["admin"]);
    await expect(service.verifyCode(email, "123456")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(identity.revoke).toHaveBeenCalledWith("r");
  });

  it("refuses a wrong code with 401, and locks the email on the last allowed guess", async () => {
    const early = passwordless({ roles: ["fan"] });
    await expect(early.service.verifyCode(email, "654321")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(early.codes.lock).not.toHaveBeenCalled();
    expect(early.codes.prove).not.toHaveBeenCalled();
    const last = passwordless({ roles: ["fan"] }, store({ attempt: vi.fn(async () => ({ outcome: "check" as const, codeHash: signInCodeHash(email, "123456"), failures: signInCodePolicy.maxFailures })) }));
    await expect(last.service.verifyCode(email, "654321")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(last.codes.lock).toHaveBeenCalledWith(email, now);
  });

  it("answers 401 without a live code, 429 with the wait while locked, and 401 when a racing request used the code first", async () => {
    const none = passwordless({ roles: ["fan"] }, store({ attempt: vi.fn(async () => ({ outcome: "none" as const })) }));
    await expect(none.service.verifyCode(email, "123456")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const locked = passwordless({ roles: ["fan"] }, store({ attempt: vi.fn(async () => ({ outcome: "locked" as const, retryAfterSeconds: 99 })) }));
    await expect(locked.service.verifyCode(email, "123456")).rejects.toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: 99 });
    const raced = passwordless(undefined, store({ prove: vi.fn(async () => false) }));
    await expect(raced.service.verifyCode(email, "123456")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(raced.identity.createPasswordlessAccount).not.toHaveBeenCalled();
    expect(raced.identity.signInWithCode).not.toHaveBeenCalled();
  });
});
