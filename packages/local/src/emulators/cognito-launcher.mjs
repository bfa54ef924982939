// Runs cognito-local with its gaps against Cognito closed, so the API's code needs no special cases:
// - every code it issues (sign-up, resend, forgot password) is also mailed to the local mailbox
//   (aws-ses-v2-local), as Cognito sends codes through SES in AWS; cognito-local only prints them;
// - ResendConfirmationCode, which it lacks, exists;
// - confirming an already-confirmed user is NotAuthorized, as in AWS (cognito-local says CodeMismatch);
// - id tokens carry the user's name and phone_number, as Cognito's do (cognito-local leaves them out).
// Plain JavaScript: it runs in the emulator's own process, without a TS loader.
import { createRequire } from "node:module";
import { SESClient, SendEmailCommand } from "@aws-sdk/client-ses";

const require = createRequire(import.meta.url);
const { MessagesService } = require("cognito-local/lib/services/messages.js");
const { ConsoleMessageSender } = require("cognito-local/lib/services/messageDelivery/consoleMessageSender.js");
const { Targets } = require("cognito-local/lib/targets/targets.js");
const { InvalidParameterError, NotAuthorizedError, UserNotFoundError } = require("cognito-local/lib/errors.js");
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
    if (user?.UserStatus === "CONFIRMED") throw new NotAuthorizedError("User cannot be confirmed. Current status is CONFIRMED");
    return confirm(ctx, req);
  };
};

require("cognito-local/lib/bin/start.js");
