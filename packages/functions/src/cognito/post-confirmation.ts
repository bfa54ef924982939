import { dynamoProfileStore } from "@slotbook/core/adapters/dynamo/dynamo-profile-store";
import { copyConfirmedAccount } from "@slotbook/core/users/confirmed-account";
import type { PostConfirmationTriggerEvent } from "aws-lambda";
import { logger } from "../http/logger";

const profiles = dynamoProfileStore();

/**
 * Cognito's post-confirmation trigger: the confirmed account's profile is copied into the table, so no hot
 * route ever asks Cognito who a fan is. A failure here fails the confirmation, which the fan can retry.
 */
export async function handler(event: PostConfirmationTriggerEvent): Promise<PostConfirmationTriggerEvent> {
  const profile = await copyConfirmedAccount(profiles, { username: event.userName, attributes: event.request.userAttributes });
  logger.info("profile copied", { userId: profile.id, trigger: event.triggerSource });
  return event;
}
