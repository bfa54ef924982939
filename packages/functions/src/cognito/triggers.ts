import type { FunctionAccess } from "../http/route-spec";

/**
 * The user pool's Lambda triggers, one source for the Auth stack and the local cloud (which points
 * cognito-local's triggers at the local gateway's Lambda Invoke endpoint, running the same handlers).
 * Keys are SST's trigger names; each trigger has its own role, built from its `access`.
 */
export const cognitoTriggers = {
  postConfirmation: {
    /** The name cognito-local invokes it by (its config's TriggerFunctions). */
    functionName: "slotbook-post-confirmation",
    trigger: "PostConfirmation",
    handler: "packages/functions/src/cognito/post-confirmation.handler",
    description: "Copies a confirmed account's profile into the table",
    // It writes the confirmed account's profile.
    access: { table: ["UpdateItem"] } as FunctionAccess,
  },
  // Signing in with an emailed code (CUSTOM_AUTH): users/custom-auth.ts and users/passwordless.ts.
  defineAuthChallenge: {
    functionName: "slotbook-define-auth-challenge",
    trigger: "DefineAuthChallenge",
    handler: "packages/functions/src/cognito/define-auth-challenge.handler",
    description: "Code sign-in: one emailed-code challenge per session",
    access: {} as FunctionAccess,
  },
  createAuthChallenge: {
    functionName: "slotbook-create-auth-challenge",
    trigger: "CreateAuthChallenge",
    handler: "packages/functions/src/cognito/create-auth-challenge.handler",
    description: "Code sign-in: poses the emailed-code challenge",
    access: {} as FunctionAccess,
  },
  verifyAuthChallengeResponse: {
    functionName: "slotbook-verify-auth-challenge",
    trigger: "VerifyAuthChallengeResponse",
    handler: "packages/functions/src/cognito/verify-auth-challenge.handler",
    description: "Code sign-in: accepts the code the API has just checked, once",
    // It redeems the API's proof of the code, in one conditional write.
    access: { table: ["UpdateItem"] } as FunctionAccess,
  },
} as const;
