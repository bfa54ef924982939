import { PublishCommand, SNSClient } from "@aws-sdk/client-sns";
import { config } from "../../config";
import { SmsRefused, type SmsSender } from "../../notifications/sms";
import { clientOptions } from "../aws-clients";
import { recordAwsCalls } from "../dynamo/call-counter";

let sns: SNSClient | undefined;
const snsClient = () => (sns ??= recordAwsCalls(new SNSClient(clientOptions(config().snsEndpoint))));

/**
 * Errors SNS gives for a message it will never send as asked: a malformed or unverified number (the SMS
 * sandbox), no origination identity for the destination, SMS turned off. Throttling and outages are not here:
 * they are worth another try.
 */
const refusals = new Set(["InvalidParameterException", "InvalidParameter", "InvalidParameterValueException", "AuthorizationErrorException", "OptedOutException", "ValidationException"]);

/**
 * SMS through Amazon SNS (Publish to a phone number: no topic, no subscription). Transactional, so SNS routes
 * them for delivery rather than price. Opted-out numbers (a STOP reply) are SNS's to drop: its opt-out list
 * holds them, and it never delivers to them.
 */
export function snsSmsSender(): SmsSender {
  return {
    async send(phoneNumber, text) {
      try {
        await snsClient().send(
          new PublishCommand({
            PhoneNumber: phoneNumber,
            Message: text,
            MessageAttributes: { "AWS.SNS.SMS.SMSType": { DataType: "String", StringValue: "Transactional" } },
          }),
        );
      } catch (error) {
        const name = (error as { name?: string }).name ?? "";
        if (refusals.has(name)) throw new SmsRefused(name, { cause: error });
        throw error;
      }
    },
  };
}
