import { codeChallenge } from "@slotbook/core/users/custom-auth";
import type { CreateAuthChallengeTriggerEvent } from "aws-lambda";

/** The user pool's create-auth-challenge trigger: the code challenge (the code itself was emailed by the API). */
export async function handler(event: CreateAuthChallengeTriggerEvent): Promise<CreateAuthChallengeTriggerEvent> {
  Object.assign(event.response, codeChallenge());
  return event;
}
