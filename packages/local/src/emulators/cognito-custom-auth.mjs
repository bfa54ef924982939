// cognito-local has no custom authentication: InitiateAuth with AuthFlow CUSTOM_AUTH and
// RespondToAuthChallenge with ChallengeName CUSTOM_CHALLENGE are "unsupported". This adds both, as Cognito
// runs them: the pool's DefineAuthChallenge, CreateAuthChallenge and VerifyAuthChallengeResponse triggers
// (invoked through the same Lambda client as its other triggers, so the local cloud runs the very handlers
// the pool runs in AWS) decide each step; a session is good for one answer and 3 minutes; the client must
// allow ALLOW_CUSTOM_AUTH; an unknown user is UserNotFoundException, or (PreventUserExistenceErrors
// ENABLED) goes to the triggers with `userNotFound: true`; an unconfirmed one is UserNotConfirmedException.
// Plain JavaScript: it runs in the emulator's own process (cognito-launcher.mjs), without a TS loader.
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { Targets } = require("cognito-local/lib/targets/targets.js");
const { InvalidParameterError, NotAuthorizedError, UserLambdaValidationError, UserNotConfirmedException, UserNotFoundError } = require("cognito-local/lib/errors.js");
const { attributesToRecord } = require("cognito-local/lib/services/userPoolService.js");

/** Cognito's default (and shortest) authentication session. */
const sessionMs = 3 * 60_000;
/** Sign-ins under way, by session string. In memory: a restart ends them, as an expired session would. */
const sessions = new Map();

async function invokeTrigger(services, trigger, event) {
  const lambda = services.triggers.lambda;
  const functionName = lambda.config[trigger];
  if (!functionName) throw new InvalidParameterError(`Custom auth needs the ${trigger} trigger.`);
  const result = await lambda.lambdaClient.invoke({ FunctionName: functionName, InvocationType: "RequestResponse", Payload: JSON.stringify(event) }).promise();
  const payload = JSON.parse(result.Payload || "null");
  if (result.FunctionError) throw new UserLambdaValidationError(`${trigger} failed with error ${payload?.errorMessage ?? result.FunctionError}.`);
  return payload?.response ?? {};
}

/** A trigger's event, shaped as Cognito sends it. */
function triggerEvent(trigger, flow, request) {
  return {
    version: "1",
    region: "local",
    userPoolId: flow.userPool.options.Id,
    userName: flow.user?.Username ?? flow.username,
    callerContext: { awsSdkVersion: "cognito-local", clientId: flow.client.ClientId },
    triggerSource: `${trigger}_Authentication`,
    request: {
      userAttributes: flow.user ? attributesToRecord(flow.user.Attributes) : {},
      ...(flow.userNotFound ? { userNotFound: true } : {}),
      ...(flow.clientMetadata ? { clientMetadata: flow.clientMetadata } : {}),
      ...request,
    },
    response: {},
  };
}

/** One round of the flow: the define trigger says fail, issue tokens, or pose a challenge (made by the create trigger). */
async function nextStep(ctx, services, flow) {
  const define = await invokeTrigger(services, "DefineAuthChallenge", triggerEvent("DefineAuthChallenge", flow, { session: flow.answered }));
  if (define.failAuthentication || (define.issueTokens && !flow.user)) throw new NotAuthorizedError("Incorrect username or password.");
  if (define.issueTokens) {
    const groups = await flow.userPool.listUserGroupMembership(ctx, flow.user);
    const tokens = await services.tokenGenerator.generate(ctx, flow.user, groups, flow.client, flow.clientMetadata, "Authentication");
    await flow.userPool.storeRefreshToken(ctx, tokens.RefreshToken, flow.user);
    return { ChallengeParameters: {}, AuthenticationResult: tokens };
  }
  if (define.challengeName !== "CUSTOM_CHALLENGE") throw new InvalidParameterError(`Unsupported challenge ${define.challengeName} in custom auth.`);
  const created = await invokeTrigger(services, "CreateAuthChallenge", triggerEvent("CreateAuthChallenge", flow, { challengeName: "CUSTOM_CHALLENGE", session: flow.answered }));
  const session = randomBytes(48).toString("base64");
  sessions.set(session, { ...flow, challenge: created, expiresAt: Date.now() + sessionMs });
  return {
    ChallengeName: "CUSTOM_CHALLENGE",
    Session: session,
    ChallengeParameters: { ...created.publicChallengeParameters, USERNAME: flow.user?.Username ?? flow.username },
  };
}

const initiateAuth = Targets.InitiateAuth;
Targets.InitiateAuth = (services) => {
  const original = initiateAuth(services);
  return async (ctx, req) => {
    if (req.AuthFlow !== "CUSTOM_AUTH") return original(ctx, req);
    const client = await services.cognito.getAppClient(ctx, req.ClientId);
    if (!client) throw new NotAuthorizedError();
    if (!(client.ExplicitAuthFlows ?? []).includes("ALLOW_CUSTOM_AUTH")) throw new InvalidParameterError("CUSTOM_AUTH flow is not enabled for this client.");
    const username = req.AuthParameters?.USERNAME;
    if (!username) throw new InvalidParameterError("Missing required parameter USERNAME");
    const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    const user = await userPool.getUserByUsername(ctx, username);
    if (!user && client.PreventUserExistenceErrors !== "ENABLED") throw new UserNotFoundError("User does not exist.");
    if (user?.UserStatus === "UNCONFIRMED") throw new UserNotConfirmedException();
    if (user && user.Enabled === false) throw new NotAuthorizedError("User is disabled.");
    return nextStep(ctx, services, { userPool, client, user, userNotFound: !user, username, clientMetadata: req.ClientMetadata, answered: [] });
  };
};

const respondToAuthChallenge = Targets.RespondToAuthChallenge;
Targets.RespondToAuthChallenge = (services) => {
  const original = respondToAuthChallenge(services);
  return async (ctx, req) => {
    if (req.ChallengeName !== "CUSTOM_CHALLENGE") return original(ctx, req);
    const flow = sessions.get(req.Session ?? "");
    // A session answers once: taken out before the answer is checked.
    sessions.delete(req.Session ?? "");
    if (!flow || flow.expiresAt < Date.now() || flow.client.ClientId !== req.ClientId) throw new NotAuthorizedError("Invalid session for the user, session is expired.");
    const named = req.ChallengeResponses?.USERNAME;
    if (!named) throw new InvalidParameterError("Missing required parameter USERNAME");
    const user = flow.user ? await flow.userPool.getUserByUsername(ctx, named) : undefined;
    if (flow.user && user?.Username !== flow.user.Username) throw new NotAuthorizedError("Incorrect username or password.");
    const current = { ...flow, user: user ?? flow.user, clientMetadata: req.ClientMetadata ?? flow.clientMetadata };
    const verified = await invokeTrigger(
      services,
      "VerifyAuthChallengeResponse",
      triggerEvent("VerifyAuthChallengeResponse", current, {
        privateChallengeParameters: flow.challenge.privateChallengeParameters ?? {},
        challengeAnswer: req.ChallengeResponses?.ANSWER ?? "",
      }),
    );
    const answered = [...flow.answered, { challengeName: "CUSTOM_CHALLENGE", challengeResult: verified.answerCorrect === true, challengeMetadata: flow.challenge.challengeMetadata }];
    return nextStep(ctx, services, { ...current, answered });
  };
};
