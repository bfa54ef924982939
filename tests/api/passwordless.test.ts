import { randomUUID } from "node:crypto";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { AdminListGroupsForUserCommand, InitiateAuthCommand, RespondToAuthChallengeCommand, SignUpCommand } from "@aws-sdk/client-cognito-identity-provider";
import { dynamoSignInCodes } from "@slotbook/core/adapters/dynamo/dynamo-sign-in-codes";
import { signInCodeHash, signInCodePolicy } from "@slotbook/core/users/sign-in-code";
import { afterAll, describe, expect, inject, it } from "vitest";
import { book, createEvent } from "../support/events";
import { errorBody, request } from "../support/http";
import { codeFrom, emailsTo, waitForSubject } from "../support/mailbox";
import { cognitoClient, signedInUser } from "../support/users";

const newEmail = () => `code-${randomUUID().slice(0, 8)}@example.test`;
const askForCode = (email: string, name?: string) => request("POST", "/api/auth/code", { body: { email, ...(name ? { name } : {}) } });
const verify = (email: string, code: string) => request("POST", "/api/auth/code/verify", { body: { email, code } });

/** The code in the address's sign-in email number `index`. */
async function signInCode(email: string, index = 0) {
  await waitForSubject(email, /sign-in code/i);
  return codeFrom(email, index);
}

/** A code that is not the one sent (so a wrong guess is certainly wrong). */
const otherThan = (code: string) => String((Number(code) + 1) % 10 ** signInCodePolicy.digits).padStart(signInCodePolicy.digits, "0");

const documentClient = DynamoDBDocumentClient.from(
  new DynamoDBClient({ endpoint: inject("localCloud").dynamodbUrl, region: "us-east-1", credentials: { accessKeyId: "local", secretAccessKey: "local" } }),
);
afterAll(() => documentClient.destroy());
/** The same store the API uses, on the same table, with a clock of the test's choosing. */
const codeStore = () => dynamoSignInCodes({ table: { client: documentClient, name: inject("localCloud").tableName } });

describe("signing in with an emailed code", () => {
  it("code → verify → a new fan account (in the fan group) whose token books a slot", async () => {
    const admin = await signedInUser(["admin"]);
    const event = await createEvent(admin.accessToken);
    const email = newEmail();

    const asked = await askForCode(email.toUpperCase(), "Cody Fan");
    expect(asked.status).toBe(202);
    expect(asked.body).toBeUndefined();
    const mail = await waitForSubject(email, /sign-in code/i);
    expect(mail.body.text).toMatch(/works once, for 10 minutes/);
    const code = await signInCode(email);

    const signedIn = await verify(email, code);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toEqual({
      accessToken: expect.any(String),
      idToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: expect.any(Number),
      user: { id: expect.any(String), email, name: "Cody Fan", role: "fan" },
    });

    const groups = await cognitoClient().send(new AdminListGroupsForUserCommand({ UserPoolId: inject("localCloud").userPoolId, Username: email }));
    expect(groups.Groups?.map((group) => group.GroupName)).toEqual(["fan"]);

    const profile = await request("GET", "/api/users/profile", { token: signedIn.body.accessToken });
    expect(profile.body).toMatchObject({ id: signedIn.body.user.id, email, name: "Cody Fan", phone: null, role: "fan" });

    const booked = await book(signedIn.body.accessToken, event.slots[0].id);
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ fanEmail: email, fanName: "Cody Fan", status: "confirmed" });

    // The refresh token works as a password sign-in's does.
    const refreshed = await request("POST", "/api/auth/refresh", { body: { refreshToken: signedIn.body.refreshToken } });
    expect(refreshed.status).toBe(200);
  });

  it("signs an existing fan in with a code, without a second account; the password keeps working", async () => {
    const fan = await signedInUser(["fan"], "Pat Password");
    expect((await askForCode(fan.email, "Another Name")).status).toBe(202);
    const signedIn = await verify(fan.email, await signInCode(fan.email));
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user).toMatchObject({ email: fan.email, name: "Pat Password", role: "fan" });
    const login = await request("POST", "/api/auth/login", { body: { email: fan.email, password: fan.password } });
    expect(login.status).toBe(200);
    expect(login.body.user.id).toBe(signedIn.body.user.id);
  });

  it("confirms an account that registered with a password but never confirmed: the code proves the email", async () => {
    const email = newEmail();
    const { userPoolClientId } = inject("localCloud");
    await cognitoClient().send(
      new SignUpCommand({ ClientId: userPoolClientId, Username: email, Password: "Unconfirmed-Pass-1", UserAttributes: [{ Name: "email", Value: email }, { Name: "name", Value: "Una Confirmed" }] }),
    );
    expect((await askForCode(email)).status).toBe(202);
    const signedIn = await verify(email, await signInCode(email, 1));
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user).toMatchObject({ email, name: "Una Confirmed", role: "fan" });
    expect((await request("GET", "/api/users/profile", { token: signedIn.body.accessToken })).body).toMatchObject({ email, name: "Una Confirmed" });
  });

  it("refuses a wrong code and a used one with 401, the same answer as for an email that never asked", async () => {
    const email = newEmail();
    await askForCode(email);
    const code = await signInCode(email);
    const wrong = await verify(email, otherThan(code));
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual(errorBody("UNAUTHORIZED"));
    expect((await verify(email, code)).status).toBe(200);
    const reused = await verify(email, code);
    expect(reused.status).toBe(401);
    const never = await verify(newEmail(), code);
    expect(never.status).toBe(401);
    expect(new Set([wrong, reused, never].map((response) => response.body.error.message)).size).toBe(1);
  });

  it("gives a caller who goes to Cognito directly (its API is public) nothing: the pool accepts a code only after the API checked it", async () => {
    const fan = await signedInUser(["fan"]);
    await askForCode(fan.email);
    const code = await signInCode(fan.email);
    const { userPoolClientId } = inject("localCloud");
    const challenge = await cognitoClient().send(new InitiateAuthCommand({ ClientId: userPoolClientId, AuthFlow: "CUSTOM_AUTH", AuthParameters: { USERNAME: fan.email } }));
    expect(challenge.ChallengeName).toBe("CUSTOM_CHALLENGE");
    const answer = cognitoClient().send(
      new RespondToAuthChallengeCommand({
        ClientId: userPoolClientId,
        ChallengeName: "CUSTOM_CHALLENGE",
        Session: challenge.Session,
        ChallengeResponses: { USERNAME: challenge.ChallengeParameters!.USERNAME!, ANSWER: code },
      }),
    );
    await expect(answer).rejects.toMatchObject({ name: "NotAuthorizedException" });
    // An unknown email gets the same challenge and the same refusal (the pool hides which accounts exist).
    const stranger = newEmail();
    const unknown = await cognitoClient().send(new InitiateAuthCommand({ ClientId: userPoolClientId, AuthFlow: "CUSTOM_AUTH", AuthParameters: { USERNAME: stranger } }));
    expect(unknown.ChallengeName).toBe("CUSTOM_CHALLENGE");
    const unknownAnswer = cognitoClient().send(
      new RespondToAuthChallengeCommand({ ClientId: userPoolClientId, ChallengeName: "CUSTOM_CHALLENGE", Session: unknown.Session, ChallengeResponses: { USERNAME: stranger, ANSWER: code } }),
    );
    await expect(unknownAnswer).rejects.toMatchObject({ name: "NotAuthorizedException" });
    // The code itself still works through the API.
    expect((await verify(fan.email, code)).status).toBe(200);
  });

  it("refuses an expired code with 401 (a code issued eleven minutes ago)", async () => {
    const email = newEmail();
    const code = "246810";
    const elevenMinutesAgo = new Date(Date.now() - 11 * 60_000);
    expect(await codeStore().issue(email, { hash: signInCodeHash(email, code) }, elevenMinutesAgo)).toEqual({ issued: true });
    const expired = await verify(email, code);
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual(errorBody("UNAUTHORIZED"));

    // The same code issued now works: only its age was wrong.
    await codeStore().issue(email, { hash: signInCodeHash(email, code) }, new Date());
    expect((await verify(email, code)).status).toBe(200);
  });

  it("only a new code works: asking again replaces the last one", async () => {
    const email = newEmail();
    await askForCode(email);
    const first = await signInCode(email, 0);
    await askForCode(email);
    await expect.poll(async () => (await emailsTo(email)).length).toBe(2);
    const second = await codeFrom(email, 1);
    if (first !== second) expect((await verify(email, first)).status).toBe(401);
    expect((await verify(email, second)).status).toBe(200);
  });

  it(`locks the email after ${signInCodePolicy.maxFailures} wrong guesses: 429 with Retry-After, even for the right code, and no new code`, async () => {
    const email = newEmail();
    await askForCode(email);
    const code = await signInCode(email);
    for (let i = 0; i < signInCodePolicy.maxFailures; i += 1) expect((await verify(email, otherThan(code))).status).toBe(401);
    const locked = await verify(email, code);
    expect(locked.status).toBe(429);
    expect(locked.body).toEqual(errorBody("RATE_LIMITED"));
    const retryAfter = Number(locked.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(signInCodePolicy.lockoutSeconds - 60);
    expect(retryAfter).toBeLessThanOrEqual(signInCodePolicy.lockoutSeconds);
    const asked = await askForCode(email);
    expect(asked.status).toBe(429);
    expect(Number(asked.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("counts racing guesses: of 20 at once, no more than the limit are checked", async () => {
    const email = newEmail();
    await askForCode(email);
    const code = await signInCode(email);
    const guesses = await Promise.all(Array.from({ length: 20 }, () => verify(email, otherThan(code))));
    const statuses = guesses.map((guess) => guess.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(signInCodePolicy.maxFailures);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20 - signInCodePolicy.maxFailures);
  });

  it(`sends at most ${signInCodePolicy.maxSends} codes per email in a window, then 429 with Retry-After`, async () => {
    const email = newEmail();
    for (let i = 0; i < signInCodePolicy.maxSends; i += 1) expect((await askForCode(email)).status).toBe(202);
    const limited = await askForCode(email);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(signInCodePolicy.sendWindowSeconds);
    await expect.poll(async () => (await emailsTo(email)).length).toBe(signInCodePolicy.maxSends);
  });

  it("sends an organiser no code and answers exactly as for anyone else (202); an organiser's email never signs in this way", async () => {
    const admin = await signedInUser(["admin"]);
    const adminAnswer = await askForCode(admin.email);
    const fanAnswer = await askForCode(newEmail());
    expect(adminAnswer.status).toBe(202);
    expect([adminAnswer.body, adminAnswer.headers.get("content-type")]).toEqual([fanAnswer.body, fanAnswer.headers.get("content-type")]);
    // The fan's code has arrived by now in the same mailbox; the organiser's never will.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await emailsTo(admin.email)).toEqual([]);

    // Even with a code in the table (written straight into it), the organiser gets no tokens.
    const code = "135790";
    await codeStore().issue(admin.email, { hash: signInCodeHash(admin.email, code) }, new Date());
    const refused = await verify(admin.email, code);
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual(errorBody("UNAUTHORIZED"));
    // And the right code taken to Cognito directly signs no organiser in: the API left no proof of it.
    const { userPoolClientId } = inject("localCloud");
    const challenge = await cognitoClient().send(new InitiateAuthCommand({ ClientId: userPoolClientId, AuthFlow: "CUSTOM_AUTH", AuthParameters: { USERNAME: admin.email } }));
    const direct = cognitoClient().send(
      new RespondToAuthChallengeCommand({ ClientId: userPoolClientId, ChallengeName: "CUSTOM_CHALLENGE", Session: challenge.Session, ChallengeResponses: { USERNAME: challenge.ChallengeParameters!.USERNAME!, ANSWER: code } }),
    );
    await expect(direct).rejects.toMatchObject({ name: "NotAuthorizedException" });
  });

  it("answers bad input with 400 naming each field, and stores and sends nothing", async () => {
    const garbage = await request("POST", "/api/auth/code", { body: { email: "not-an-email", name: "\u202Eevil", role: "admin" } });
    expect(garbage.status).toBe(400);
    expect(garbage.body.error.code).toBe("VALIDATION_FAILED");
    expect(garbage.body.error.details.map((detail: { path: string }) => detail.path)).toEqual(expect.arrayContaining(["email", "name"]));

    const email = newEmail();
    const badName = await askForCode(email, "\u202Eevil");
    expect(badName.status).toBe(400);
    expect(badName.body.error.details).toEqual([{ path: "name", message: expect.any(String) }]);
    expect(await codeStore().attempt(email, new Date())).toEqual({ outcome: "none" });
    expect(await emailsTo(email)).toEqual([]);

    expect((await request("POST", "/api/auth/code", { rawBody: "{not json" })).body).toEqual(errorBody("INVALID_JSON"));
    expect((await request("POST", "/api/auth/code/verify", { body: { email, code: "12ab" } })).status).toBe(400);
    expect((await request("POST", "/api/auth/code/verify", { body: { email } })).status).toBe(400);
  });
});
