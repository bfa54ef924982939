import { describe, expect, it } from "vitest";
import { inMemoryDirectory, inMemoryProfileStore } from "../testing/in-memory-accounts";
import { memoryTable } from "../testing/memory-table";
import { createAccounts, type AccountHolder } from "./accounts";

const now = new Date("2030-05-01T10:00:00.000Z");
const ann = { email: "ann@example.com", password: "Correct-Horse-1", name: "Ann" };

function setup(clock = () => now) {
  const table = memoryTable();
  const directory = inMemoryDirectory({ now: clock });
  const profiles = inMemoryProfileStore(table, { now: clock });
  return { table, directory, profiles, accounts: createAccounts(directory, profiles) };
}

/** Ann, registered and confirmed (her profile copied as the confirmation trigger copies it), as the caller. */
async function confirmedAnn(world = setup()) {
  const { user } = await world.accounts.register(ann);
  await world.accounts.confirm(ann.email, world.directory.codeFor(ann.email)!);
  await world.accounts.copyFromDirectory(ann.email);
  const holder: AccountHolder = { id: user.id, username: ann.email, role: "fan" };
  return { ...world, holder };
}

describe("registering", () => {
  it("makes a fan who must confirm their email before signing in", async () => {
    const { accounts, directory } = setup();
    const registered = await accounts.register(ann);
    expect(registered).toEqual({ user: { id: expect.any(String), email: ann.email, name: "Ann", role: "fan" }, confirmationRequired: true });
    await expect(accounts.login(ann.email, ann.password)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(accounts.confirm(ann.email, "000000")).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: [{ path: "code" }] });
    await accounts.confirm(ann.email, directory.codeFor(ann.email)!);
    const tokens = await accounts.login(ann.email, ann.password);
    expect(tokens.user).toEqual({ id: registered.user.id, email: ann.email, name: "Ann", role: "fan" });
    expect(await directory.groupsOf(ann.email)).toEqual(["fan"]);
  });

  it("refuses an email that has an account already", async () => {
    const { accounts } = setup();
    await accounts.register(ann);
    await expect(accounts.register({ ...ann, name: "Another Ann" })).rejects.toMatchObject({ code: "EMAIL_TAKEN" });
  });

  it("leaves nothing half-made when the fan role can't be given: the account is removed, the email free again", async () => {
    const { directory, profiles } = setup();
    const failingGroups = { ...directory, addToGroup: async () => Promise.reject(new Error("Cognito is down")) };
    await expect(createAccounts(failingGroups, profiles).register(ann)).rejects.toThrow("Cognito is down");
    expect(await directory.rolesOf(ann.email)).toBeUndefined();
    await expect(createAccounts(directory, profiles).register(ann)).resolves.toMatchObject({ confirmationRequired: true });
  });
});

describe("sessions", () => {
  it("signs in only with the right password, giving the same answer for a wrong one and an unknown email", async () => {
    const { accounts } = await confirmedAnn();
    const wrong = await accounts.login(ann.email, "wrong").catch((error: unknown) => error);
    const unknown = await accounts.login("nobody@example.com", ann.password).catch((error: unknown) => error);
    expect(wrong).toMatchObject({ code: "UNAUTHORIZED" });
    expect(unknown).toMatchObject({ code: "UNAUTHORIZED", message: (wrong as Error).message });
  });

  it("an organiser's tokens say admin; refreshing gives a new access token until the session is logged out", async () => {
    const { accounts } = setup();
    await accounts.createConfirmed({ email: "olga@example.com", password: "Organiser-Pass-1", name: "Olga" }, "admin");
    const tokens = await accounts.login("olga@example.com", "Organiser-Pass-1");
    expect(tokens.user.role).toBe("admin");
    const refreshed = await accounts.refresh(tokens.refreshToken);
    expect(refreshed.accessToken).not.toBe(tokens.accessToken);
    expect(refreshed).not.toHaveProperty("refreshToken");
    await accounts.logout(tokens.refreshToken);
    await expect(accounts.refresh(tokens.refreshToken)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("changes the password only given the current one; the new one signs in", async () => {
    const { accounts } = await confirmedAnn();
    const { accessToken } = await accounts.login(ann.email, ann.password);
    await expect(accounts.changePassword(accessToken, "wrong", "New-Password-2")).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: [{ path: "currentPassword" }] });
    await accounts.changePassword(accessToken, ann.password, "New-Password-2");
    await expect(accounts.login(ann.email, ann.password)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect((await accounts.login(ann.email, "New-Password-2")).user.email).toBe(ann.email);
  });

  it("resets a forgotten password with the emailed code; an unknown email is answered just the same", async () => {
    const { accounts, directory } = await confirmedAnn();
    await expect(accounts.forgotPassword("nobody@example.com")).resolves.toBeUndefined();
    await accounts.forgotPassword(ann.email);
    await expect(accounts.resetPassword(ann.email, "000000", "Reset-Pass-3")).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await accounts.resetPassword(ann.email, directory.codeFor(ann.email)!, "Reset-Pass-3");
    expect((await accounts.login(ann.email, "Reset-Pass-3")).user.name).toBe("Ann");
  });
});

describe("the profile", () => {
  it("is read from the table's copy, not the directory", async () => {
    const { accounts, holder, directory } = await confirmedAnn();
    await directory.updateAttributes(ann.email, { name: "Changed in the directory only" });
    expect(await accounts.profile(holder)).toMatchObject({ id: holder.id, email: ann.email, name: "Ann", phone: null, smsOptIn: false, role: "fan" });
  });

  it("of an account from before profiles: copied from the directory on first read, and kept", async () => {
    const { accounts, directory, table } = setup();
    const { user } = await accounts.register(ann);
    await accounts.confirm(ann.email, directory.codeFor(ann.email)!);
    expect(table.profiles.size).toBe(0);
    expect(await accounts.profile({ id: user.id, username: ann.email, role: "fan" })).toMatchObject({ name: "Ann", email: ann.email });
    expect(table.profiles.get(user.id)).toMatchObject({ name: "Ann", email: ann.email, createdAt: now.toISOString() });
  });

  it("a change goes to the directory and the copy alike", async () => {
    const { accounts, holder, directory } = await confirmedAnn();
    const changed = await accounts.updateProfile(holder, { name: "Ann B.", phone: "+4915112345678" });
    expect(changed).toMatchObject({ name: "Ann B.", phone: "+4915112345678", smsOptIn: false });
    expect(await directory.getUser(ann.email)).toMatchObject({ name: "Ann B.", phone: "+4915112345678" });
    expect(await accounts.profile(holder)).toMatchObject({ name: "Ann B.", phone: "+4915112345678" });
  });

  it("texts need a phone: opting in without one is refused and changes nothing, not even the name sent with it", async () => {
    const { accounts, holder, directory } = await confirmedAnn();
    await expect(accounts.updateProfile(holder, { name: "Ann B.", smsOptIn: true })).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: [{ path: "smsOptIn" }] });
    expect((await directory.getUser(ann.email)).name).toBe("Ann");
    expect((await accounts.profile(holder)).name).toBe("Ann");
  });

  it("an opt-in is for the number it was given for: a new number is not opted in, removing the number ends it", async () => {
    const { accounts, holder } = await confirmedAnn();
    expect(await accounts.updateProfile(holder, { phone: "+4915112345678", smsOptIn: true })).toMatchObject({ smsOptIn: true });
    expect(await accounts.updateProfile(holder, { phone: "+4917000000000" })).toMatchObject({ phone: "+4917000000000", smsOptIn: false });
    expect(await accounts.updateProfile(holder, { smsOptIn: true })).toMatchObject({ smsOptIn: true });
    expect(await accounts.updateProfile(holder, { phone: null })).toMatchObject({ phone: null, smsOptIn: false });
  });

  it("a change to an account from before profiles: the directory's copy is made, then the opt-in put on it", async () => {
    const { accounts, directory, table } = setup();
    const { user } = await accounts.register({ ...ann, phone: "+4915112345678" });
    await accounts.confirm(ann.email, directory.codeFor(ann.email)!);
    const holder: AccountHolder = { id: user.id, username: ann.email, role: "fan" };
    expect(await accounts.updateProfile(holder, { smsOptIn: true })).toMatchObject({ phone: "+4915112345678", smsOptIn: true });
    expect(table.profiles.get(user.id)?.smsOptInPhone).toBe("+4915112345678");

    // With a new number given alongside: the directory takes it, the copy is made from it, then opted in.
    const bob = await accounts.register({ email: "bob@example.com", password: "Bobs-Pass-1", name: "Bob" });
    await accounts.confirm("bob@example.com", directory.codeFor("bob@example.com")!);
    const bobHolder: AccountHolder = { id: bob.user.id, username: "bob@example.com", role: "fan" };
    expect(await accounts.updateProfile(bobHolder, { phone: "+4917000000000", smsOptIn: true })).toMatchObject({ phone: "+4917000000000", smsOptIn: true });
  });

  it("an empty change changes nothing", async () => {
    // A clock that moves on every reading, so any write would show in updatedAt.
    let tick = 0;
    const { accounts, holder, table } = await confirmedAnn(setup(() => new Date(now.getTime() + (tick += 1) * 1000)));
    const before = structuredClone(table.profiles.get(holder.id));
    expect(await accounts.updateProfile(holder, {})).toMatchObject({ name: "Ann" });
    expect(table.profiles.get(holder.id)).toEqual(before);
  });
});

describe("accounts an operator makes", () => {
  it("are confirmed, in their role, with a profile; made again, they are found rather than doubled", async () => {
    const { accounts, directory, table } = setup();
    const first = await accounts.createConfirmed({ email: "olga@example.com", password: "Organiser-Pass-1", name: "Olga" }, "admin");
    expect(first).toEqual({ id: expect.any(String), created: true });
    expect(table.profiles.get(first.id)).toMatchObject({ email: "olga@example.com", name: "Olga" });
    expect(await directory.groupsOf("olga@example.com")).toEqual(["admin"]);
    const again = await accounts.createConfirmed({ email: "olga@example.com", password: "Organiser-Pass-2", name: "Olga" }, "admin");
    expect(again).toEqual({ id: first.id, created: false });
    expect((await accounts.login("olga@example.com", "Organiser-Pass-2")).user.role).toBe("admin");
  });
});
