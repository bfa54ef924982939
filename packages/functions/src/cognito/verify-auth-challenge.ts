import { dynamoSignInCodes } from "@slotbook/core/adapters/dynamo/dynamo-sign-in-codes";
import { signInCodeHash } from "@slotbook/core/users/sign-in-code";
import type { VerifyAuthChallengeResponseTriggerEvent } from "aws-lambda";
import { logger } from "../http/logger";

const codes = dynamoSignInCodes();

/**
 * The user pool's verify-auth-challenge trigger: the answer is right only if it is the code the API has just
 * checked for this account's email (its short-lived proof in the table), and only once.
 */
export async function handler(event: VerifyAuthChallengeResponseTriggerEvent): Promise<VerifyAuthChallengeResponseTriggerEvent> {
  const email = event.request.userAttributes.email;
  const answer = event.request.challengeAnswer ?? "";
  event.response.answerCorrect = Boolean(email) && !event.request.userNotFound && (await codes.redeemProof(email!, signInCodeHash(email!, answer), new Date()));
  // Never the email or the answer in a log line.
  logger.info("code challenge answered", { userName: event.userName, correct: event.response.answerCorrect });
  return event;
}
