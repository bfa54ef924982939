// Runs cognito-local with its gaps against Cognito closed, so the API's code needs no special cases:
// - every code it issues (sign-up, resend, forgot password) is also mailed to the local mailbox
//   (aws-ses-v2-local), as Cognito sends codes through SES in AWS; cognito-local only prints them;
// - ResendConfirmationCode, which it lacks, exists;
// - confirming an already-confirmed user is NotAuthorized, as in AWS (cognito-local says CodeMismatch);
// - confirming an unknown user is CodeMismatch, as in AWS with PreventUserExistenceErrors (cognito-local says
//   NotAuthorized, which reads as "already confirmed");
// - wrong codes and failed sign-ins are limited per user, as Cognito limits them (after 5 failures, for a
//   while: LimitExceededException for codes, NotAuthorizedException "Password attempts exceeded" for sign-in);
// - id tokens carry the user's name and phone_number, as Cognito's do (cognito-local leaves them out);
// - its sign-in page wears the app's brand, as managed login does in AWS (sign-in-page.mjs);
// - custom authentication (CUSTOM_AUTH with the pool's challenge triggers) exists: cognito-custom-auth.mjs;
// - AdminListGroupsForUser finds an account's groups when asked by its email: cognito-list-groups.mjs.
// Plain JavaScript: it runs in the emulator's own process, without a TS loader.
import "./cognito-custom-auth.mjs";
import "./cognito-list-groups.mjs";
import { createRequire } from "node:module";
import { SESClient, SendEmailCommand } from "@aws-sdk/client-ses";
import { parseCognitoLocalForm, renderSignInPage } from "./sign-in-page.mjs";

const require = createRequire(import.meta.url);
const { MessagesService } = require("cognito-local/lib/services/messages.js");
const { ConsoleMessageSender } = require("cognito-local/lib/services/messageDelivery/consoleMessageSender.js");
const { Targets } = require("cognito-local/lib/targets/targets.js");
const { CodeMismatchError, CognitoError, InvalidParameterError, NotAuthorizedError, UserNotFoundError } = require("cognito-local/lib/errors.js");
const { JwtTokenGenerator } = require("cognito-local/lib/services/tokenGenerator.js");
const signingKey = require("cognito-local/lib/keys/cognitoLocal.private.json");
const jwt = createRequire(require.resolve("cognito-local/package.json"))("jsonwebtoken");

const template = JSON.parse(process.env.CODE_EMAIL_TEMPLATE ?? "{}");
const sender = process.env.SENDER_EMAIL;
const ses = new SESClient({
  endpoint: process.env.SES_ENDPOINT,
  region: "us-east-1",
  credentials: { accessKeyId: "local", secretAccessKey: "local" },
  requestHandler: { connectionTimeout: 2000, requestTimeout: 5000 },
});

// The pool's verification message, as Cognito renders it.
const createMessage = MessagesService.prototype.create;
MessagesService.prototype.create = async function (ctx, source, clientId, userPoolId, user, code, clientMetadata) {
  const message = await createMessage.call(this, ctx, source, clientId, userPoolId, user, code, clientMetadata);
  return {
    emailSubject: template.subject,
    emailMessage: template.body?.replace("{####}", code),
    ...message,
  };
};

const printToConsole = ConsoleMessageSender.prototype.sendEmail;
ConsoleMessageSender.prototype.sendEmail = async function (ctx, user, destination, message) {
  await printToConsole.call(this, ctx, user, destination, message);
  await ses.send(
    new SendEmailCommand({
      Source: sender,
      Destination: { ToAddresses: [destination] },
      Message: { Subject: { Data: message.emailSubject }, Body: { Text: { Data: message.emailMessage } } },
    }),
  );
};

const generateTokens = JwtTokenGenerator.prototype.generate;
JwtTokenGenerator.prototype.generate = async function (ctx, user, ...rest) {
  const tokens = await generateTokens.call(this, ctx, user, ...rest);
  const claims = jwt.decode(tokens.IdToken);
  for (const name of ["name", "phone_number"]) {
    const value = user.Attributes.find((attribute) => attribute.Name === name)?.Value;
    if (value !== undefined) claims[name] = value;
  }
  return { ...tokens, IdToken: jwt.sign(claims, signingKey.pem, { algorithm: "RS256", keyid: "CognitoLocal" }) };
};

Targets.ResendConfirmationCode = ({ cognito, clock, messages, otp }) => async (ctx, req) => {
  const userPool = await cognito.getUserPoolForClientId(ctx, req.ClientId);
  const user = await userPool.getUserByUsername(ctx, req.Username);
  if (!user) throw new UserNotFoundError();
  if (user.UserStatus === "CONFIRMED") throw new InvalidParameterError("User is already confirmed.");
  const email = user.Attributes.find((attribute) => attribute.Name === "email")?.Value;
  const deliveryDetails = { AttributeName: "email", DeliveryMedium: "EMAIL", Destination: email };
  const code = otp();
  await messages.deliver(ctx, "ResendCode", req.ClientId, userPool.options.Id, user, code, req.ClientMetadata, deliveryDetails);
  await userPool.saveUser(ctx, { ...user, UserLastModifiedDate: clock.get(), ConfirmationCode: code });
  return { CodeDeliveryDetails: deliveryDetails };
};

const confirmSignUp = Targets.ConfirmSignUp;
Targets.ConfirmSignUp = (services) => {
  const confirm = confirmSignUp(services);
  return async (ctx, req) => {
    const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    const user = await userPool.getUserByUsername(ctx, req.Username);
    if (!user) throw new CodeMismatchError();
    if (user.UserStatus === "CONFIRMED") throw new NotAuthorizedError("User cannot be confirmed. Current status is CONFIRMED");
    return confirm(ctx, req);
  };
};

// Per-user attempt limits. Counted per app client and username whether or not the user exists (so the limit
// itself reveals nothing), reset by a success, and held in memory (a restart forgets them, as a lockout
// ends by itself in AWS). COGNITO_MAX_FAILED_ATTEMPTS and COGNITO_LOCKOUT_SECONDS tune them.
const maxFailedAttempts = Number(process.env.COGNITO_MAX_FAILED_ATTEMPTS ?? 5);
const lockoutMs = Number(process.env.COGNITO_LOCKOUT_SECONDS ?? 30) * 1000;
class LimitExceededError extends CognitoError {
  constructor() {
    super("LimitExceededException", "Attempt limit exceeded, please try after some time.");
  }
}
const attempts = new Map();

function limitAttempts(target, { keyOf, isFailure, refusal }) {
  const original = Targets[target];
  Targets[target] = (services) => {
    const run = original(services);
    return async (ctx, req) => {
      const user = keyOf(req);
      if (!user) return run(ctx, req);
      const key = `${target === "InitiateAuth" ? "password" : "code"}:${req.ClientId}:${user.toLowerCase()}`;
      const entry = attempts.get(key) ?? { failures: 0, lockedUntil: 0 };
      if (entry.lockedUntil > Date.now()) throw refusal();
      try {
        const result = await run(ctx, req);
        attempts.delete(key);
        return result;
      } catch (error) {
        if (isFailure(error)) {
          entry.failures += 1;
          if (entry.failures >= maxFailedAttempts) Object.assign(entry, { failures: 0, lockedUntil: Date.now() + lockoutMs });
          attempts.set(key, entry);
        }
        throw error;
      }
    };
  };
}

const wrongCode = (error) => ["CodeMismatchException", "ExpiredCodeException"].includes(error?.code);
for (const target of ["ConfirmSignUp", "ConfirmForgotPassword"]) {
  limitAttempts(target, { keyOf: (req) => req.Username, isFailure: wrongCode, refusal: () => new LimitExceededError() });
}
limitAttempts("InitiateAuth", {
  keyOf: (req) => (req.AuthFlow === "USER_PASSWORD_AUTH" ? req.AuthParameters?.USERNAME : undefined),
  // cognito-local: InvalidPassword for a wrong password, NotAuthorized/UserNotFound for an unknown user.
  isFailure: (error) => ["InvalidPasswordException", "NotAuthorizedException", "UserNotFoundException"].includes(error?.code),
  refusal: () => new NotAuthorizedError("Password attempts exceeded"),
});

// Its sign-in page (the hosted UI's /oauth2/authorize) in the app's brand, as managed login shows it in AWS.
const brand = JSON.parse(process.env.SIGN_IN_BRAND ?? "null");
if (brand) {
  const express = createRequire(require.resolve("cognito-local/package.json"))("express");
  const send = express.response.send;
  express.response.send = function (body) {
    const isSignInForm = this.req?.path === "/oauth2/authorize" && typeof body === "string" && body.includes('<form method="POST" action="/oauth2/authorize">');
    return send.call(this, isSignInForm ? renderSignInPage(brand, parseCognitoLocalForm(body)) : body);
  };
}

require("cognito-local/lib/bin/start.js");
