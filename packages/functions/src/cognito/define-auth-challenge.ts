import { nextAuthStep } from "@slotbook/core/users/custom-auth";
import type { DefineAuthChallengeTriggerEvent } from "aws-lambda";

/** The user pool's define-auth-challenge trigger: one emailed-code challenge per sign-in (rules in custom-auth.ts). */
export async function handler(event: DefineAuthChallengeTriggerEvent): Promise<DefineAuthChallengeTriggerEvent> {
  const step = nextAuthStep(event.request.session ?? [], event.request.userNotFound === true);
  event.response.issueTokens = step.issueTokens;
  event.response.failAuthentication = step.failAuthentication;
  if ("challengeName" in step) event.response.challengeName = step.challengeName;
  return event;
}
