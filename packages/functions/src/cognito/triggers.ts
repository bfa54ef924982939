/**
 * The user pool's Lambda triggers, one source for the Auth stack and the local cloud (which points
 * cognito-local's triggers at the local gateway's Lambda Invoke endpoint, running the same handlers).
 */
export const cognitoTriggers = {
  postConfirmation: {
    /** The name cognito-local invokes it by (its config's TriggerFunctions). */
    functionName: "slotbook-post-confirmation",
    trigger: "PostConfirmation",
    handler: "packages/functions/src/cognito/post-confirmation.handler",
  },
} as const;
