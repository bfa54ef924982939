import {
  AdminAddUserToGroupCommand,
  AdminConfirmSignUpCommand,
  AdminCreateUserCommand,
  AdminDeleteUserAttributesCommand,
  AdminDeleteUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  ChangePasswordCommand,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  InitiateAuthCommand,
  ResendConfirmationCodeCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  SignUpCommand,
  type AttributeType,
  type InitiateAuthCommandOutput,
  type CognitoIdentityProviderClient,
} from "@aws-sdk/client-cognito-identity-provider";
import { randomBytes } from "node:crypto";
import { DomainError } from "../../errors";
import { badCredentials, wrongSignInCode } from "../../users/accounts";
import type { AccountRecord, IdentityProvider, NewAccount, SignedIn } from "../../users/identity-provider";
import { localeOf } from "../../users/locale";
import { isRole, type Role } from "@slotbook/contract";
import { invalidField, mapCognitoError } from "./errors";

const attribute = (attributes: AttributeType[] | undefined, name: string) => attributes?.find((item) => item.Name === name)?.Value;

/** Claims of a token Cognito just handed us over TLS: read, not verified (the issuer is the other end). */
const claimsOf = (jwt: string): Record<string, unknown> => JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8"));

const rolesOf = (groups: unknown): Role[] => (Array.isArray(groups) ? groups.map(String).filter(isRole) : []);

const wrongCode = () => invalidField("code", "The code is wrong or has expired. Ask for a new one.");

export function cognitoIdentity(client: CognitoIdentityProviderClient, ids: { userPoolId: string; clientId: string }): IdentityProvider {
  const { userPoolId, clientId } = ids;
  const call = async <T>(operation: () => Promise<T>, overrides?: Record<string, () => DomainError>): Promise<T> => {
    try {
      return await operation();
    } catch (error) {
      return mapCognitoError(error, overrides);
    }
  };

  /** For calls whose expected failures must look like success to the caller (no account enumeration). */
  const callQuietly = async (operation: () => Promise<unknown>, quiet: string[]) => {
    try {
      await operation();
    } catch (error) {
      if (!quiet.includes((error as { name?: string }).name ?? "")) mapCognitoError(error);
    }
  };

  const sessionFrom = (result: Pick<InitiateAuthCommandOutput, "AuthenticationResult">) => {
    const auth = result.AuthenticationResult;
    if (!auth?.AccessToken || !auth.IdToken) throw badCredentials();
    const claims = claimsOf(auth.IdToken);
    return {
      accessToken: auth.AccessToken,
      idToken: auth.IdToken,
      refreshToken: auth.RefreshToken ?? "",
      expiresIn: auth.ExpiresIn ?? 3600,
      id: String(claims.sub),
      email: String(claims.email ?? ""),
      name: String(claims.name ?? ""),
      roles: rolesOf(claims["cognito:groups"]),
    } satisfies SignedIn;
  };

  const accountAttributes = (account: Omit<NewAccount, "password">): AttributeType[] => [
    { Name: "email", Value: account.email },
    { Name: "name", Value: account.name },
    ...(account.phone ? [{ Name: "phone_number", Value: account.phone }] : []),
    // Cognito's standard `locale` attribute: the language of the account's emails, copied into the profile.
    ...(account.locale ? [{ Name: "locale", Value: account.locale }] : []),
  ];

  /** An account made by the operator or the code sign-in: its email already proven, no invitation sent. Its id. */
  const createVerified = async (account: Omit<NewAccount, "password">) => {
    const result = await client.send(
      new AdminCreateUserCommand({
        UserPoolId: userPoolId,
        Username: account.email,
        MessageAction: "SUPPRESS",
        UserAttributes: [...accountAttributes(account), { Name: "email_verified", Value: "true" }],
      }),
    );
    return attribute(result.User?.Attributes, "sub");
  };

  const signInFailed = { NotAuthorizedException: badCredentials, UserNotFoundException: badCredentials, UserNotConfirmedException: badCredentials, PasswordResetRequiredException: badCredentials, InvalidPasswordException: badCredentials };

  return {
    async signUp(account) {
      const result = await call(
        () => client.send(new SignUpCommand({ ClientId: clientId, Username: account.email, Password: account.password, UserAttributes: accountAttributes(account) })),
        {
          UsernameExistsException: () => new DomainError("EMAIL_TAKEN", "An account with this email already exists. Sign in, or reset the password."),
          InvalidPasswordException: () => invalidField("password", "The password does not meet the policy."),
        },
      );
      const id = result.UserSub!;
      // Users are keyed by email (username attribute); Admin* calls accept the email as Username.
      return { id, username: account.email };
    },

    async deleteUser(username) {
      await call(() => client.send(new AdminDeleteUserCommand({ UserPoolId: userPoolId, Username: username })));
    },

    async addToGroup(username, role) {
      await call(() => client.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: role })));
    },

    async confirmSignUp(email, code) {
      // An unknown email gets the wrong-code answer (no account discovery); only Cognito's "Current status is
      // CONFIRMED" is the already-confirmed conflict, any other NotAuthorized is a wrong code too.
      try {
        await client.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: email, ConfirmationCode: code }));
      } catch (error) {
        const alreadyConfirmed = /status is CONFIRMED/i.test((error as Error).message ?? "");
        mapCognitoError(error, {
          CodeMismatchException: wrongCode,
          ExpiredCodeException: wrongCode,
          UserNotFoundException: wrongCode,
          NotAuthorizedException: alreadyConfirmed ? () => new DomainError("CONFLICT", "This account is already confirmed. Sign in.") : wrongCode,
        });
      }
    },

    async resendConfirmation(email) {
      // Unknown or already-confirmed emails get the same quiet answer: no account discovery through this route.
      await callQuietly(() => client.send(new ResendConfirmationCodeCommand({ ClientId: clientId, Username: email })), [
        "UserNotFoundException",
        "InvalidParameterException",
        "NotAuthorizedException",
      ]);
    },

    async signIn(email, password) {
      const result = await call(
        () => client.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: email, PASSWORD: password } })),
        signInFailed,
      );
      return sessionFrom(result);
    },

    async refresh(refreshToken) {
      const expired = () => new DomainError("UNAUTHORIZED", "The session has ended. Sign in again.");
      const result = await call(
        () => client.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "REFRESH_TOKEN_AUTH", AuthParameters: { REFRESH_TOKEN: refreshToken } })),
        { NotAuthorizedException: expired, UserNotFoundException: expired, InvalidParameterException: expired },
      );
      const { refreshToken: _sameAsBefore, ...session } = sessionFrom(result);
      return session;
    },

    async revoke(refreshToken) {
      await call(() => client.send(new RevokeTokenCommand({ ClientId: clientId, Token: refreshToken })), {
        UnsupportedTokenTypeException: () => invalidField("refreshToken", "That is not a refresh token."),
        InvalidParameterException: () => invalidField("refreshToken", "That is not a refresh token."),
        // A token Cognito can't read, or one of another client's: nothing of this session to revoke.
        NotAuthorizedException: () => invalidField("refreshToken", "That is not a refresh token of this session."),
        UnauthorizedException: () => invalidField("refreshToken", "That is not a refresh token of this session."),
      });
    },

    async getUser(username) {
      const notFound = () => new DomainError("UNAUTHORIZED", "This account no longer exists. Sign in again.");
      const user = await call(
        () => client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username })),
        { UserNotFoundException: notFound },
      );
      return {
        id: attribute(user.UserAttributes, "sub") ?? username,
        username: user.Username ?? username,
        email: attribute(user.UserAttributes, "email") ?? "",
        name: attribute(user.UserAttributes, "name") ?? "",
        phone: attribute(user.UserAttributes, "phone_number") ?? null,
        locale: localeOf(attribute(user.UserAttributes, "locale")),
        createdAt: new Date(user.UserCreateDate ?? Date.now()).toISOString(),
        confirmed: user.UserStatus === "CONFIRMED",
      } satisfies AccountRecord;
    },

    async groupsOf(username) {
      const result = await call(() => client.send(new AdminListGroupsForUserCommand({ UserPoolId: userPoolId, Username: username })));
      return rolesOf(result.Groups?.map((group) => group.GroupName));
    },

    async updateAttributes(username, changes) {
      const updates: AttributeType[] = [];
      if (changes.name !== undefined) updates.push({ Name: "name", Value: changes.name });
      if (typeof changes.phone === "string") updates.push({ Name: "phone_number", Value: changes.phone });
      if (changes.locale !== undefined) updates.push({ Name: "locale", Value: changes.locale });
      if (updates.length > 0) await call(() => client.send(new AdminUpdateUserAttributesCommand({ UserPoolId: userPoolId, Username: username, UserAttributes: updates })));
      if (changes.phone === null) {
        await call(() => client.send(new AdminDeleteUserAttributesCommand({ UserPoolId: userPoolId, Username: username, UserAttributeNames: ["phone_number"] })));
      }
    },

    async changePassword(accessToken, currentPassword, newPassword) {
      // AWS says NotAuthorizedException for a wrong current password; cognito-local says InvalidPasswordException.
      const wrongCurrent = () => invalidField("currentPassword", "The current password is wrong.");
      await call(() => client.send(new ChangePasswordCommand({ AccessToken: accessToken, PreviousPassword: currentPassword, ProposedPassword: newPassword })), {
        NotAuthorizedException: wrongCurrent,
        InvalidPasswordException: wrongCurrent,
      });
    },

    async forgotPassword(email) {
      // Same answer whether or not the email has an account.
      await callQuietly(() => client.send(new ForgotPasswordCommand({ ClientId: clientId, Username: email })), [
        "UserNotFoundException",
        "InvalidParameterException",
        "NotAuthorizedException",
      ]);
    },

    async confirmForgotPassword(email, code, newPassword) {
      await call(() => client.send(new ConfirmForgotPasswordCommand({ ClientId: clientId, Username: email, ConfirmationCode: code, Password: newPassword })), {
        CodeMismatchException: wrongCode,
        ExpiredCodeException: wrongCode,
        UserNotFoundException: wrongCode,
        InvalidPasswordException: () => invalidField("newPassword", "The new password does not meet the policy."),
      });
    },

    async rolesOf(username) {
      try {
        const result = await client.send(new AdminListGroupsForUserCommand({ UserPoolId: userPoolId, Username: username }));
        return rolesOf(result.Groups?.map((group) => group.GroupName));
      } catch (error) {
        if ((error as { name?: string }).name === "UserNotFoundException") return undefined;
        return mapCognitoError(error);
      }
    },

    async createPasswordlessAccount(account) {
      let id: string | undefined;
      try {
        id = await createVerified(account);
      } catch (error) {
        if ((error as { name?: string }).name === "UsernameExistsException") return { id: "", created: false };
        mapCognitoError(error);
      }
      // A permanent password confirms the account (AdminCreateUser leaves it needing a new one). Random, and
      // shaped to pass any policy: 32 random bytes, then one character of each kind a policy may require.
      const password = `${randomBytes(32).toString("base64url")}aA1!`;
      await call(() => client.send(new AdminSetUserPasswordCommand({ UserPoolId: userPoolId, Username: account.email, Password: password, Permanent: true })));
      return { id: id!, created: true };
    },

    async signInWithCode(email, code) {
      const refused = { NotAuthorizedException: wrongSignInCode, UserNotFoundException: wrongSignInCode, CodeMismatchException: wrongSignInCode, ExpiredCodeException: wrongSignInCode };
      const start = () => client.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "CUSTOM_AUTH", AuthParameters: { USERNAME: email } }));
      let challenge;
      try {
        challenge = await start();
      } catch (error) {
        if ((error as { name?: string }).name !== "UserNotConfirmedException") return mapCognitoError(error, refused);
        // Registered with a password but never confirmed: the code has just proved the email (the
        // post-confirmation trigger copies the profile, as for any confirmation).
        await call(() => client.send(new AdminConfirmSignUpCommand({ UserPoolId: userPoolId, Username: email })));
        challenge = await call(start, refused);
      }
      if (challenge.ChallengeName !== "CUSTOM_CHALLENGE" || !challenge.Session) throw wrongSignInCode();
      const result = await call(
        () =>
          client.send(
            new RespondToAuthChallengeCommand({
              ClientId: clientId,
              ChallengeName: "CUSTOM_CHALLENGE",
              Session: challenge.Session,
              // The pool's own username for the account (its sub when email is the sign-in alias).
              ChallengeResponses: { USERNAME: challenge.ChallengeParameters?.USERNAME ?? email, ANSWER: code },
            }),
          ),
        refused,
      );
      if (!result.AuthenticationResult) throw wrongSignInCode();
      return sessionFrom(result);
    },

    async createConfirmedUser(account) {
      let created = true;
      let id: string | undefined;
      try {
        id = await createVerified(account);
      } catch (error) {
        if ((error as { name?: string }).name !== "UsernameExistsException") mapCognitoError(error);
        created = false;
      }
      await call(() => client.send(new AdminSetUserPasswordCommand({ UserPoolId: userPoolId, Username: account.email, Password: account.password, Permanent: true })));
      id ??= (await this.getUser(account.email)).id;
      return { id, username: account.email, created };
    },
  };
}
