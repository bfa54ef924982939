import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId } from "aws-cdk-lib/custom-resources";
import type { Construct } from "constructs";

/** SNS's default monthly SMS spend limit for an account (USD); more takes a quota increase (see README). */
export const defaultSmsMonthlySpendLimit = 1;

/**
 * The stage's monthly SMS spend limit in whole US dollars (deploy variable SMS_MONTHLY_SPEND_LIMIT, checked
 * here so a typo fails the deploy); unset: SNS's default of $1.
 */
export function smsMonthlySpendLimit(value = process.env.SMS_MONTHLY_SPEND_LIMIT): number {
  if (value === undefined || value === "") return defaultSmsMonthlySpendLimit;
  if (!/^\d{1,6}$/.test(value)) throw new Error(`SMS_MONTHLY_SPEND_LIMIT must be a whole number of US dollars, not "${value}".`);
  return Number(value);
}

/**
 * SNS's SMS settings for the account in this region (they are account-wide, like an SES identity, so only the
 * stages that own the sender set them): the monthly spend limit, past which SNS sends no more texts that
 * month, and texts sent as Transactional (routed for delivery, not price). Set on deploy, left on removal
 * (another stage of the account may rely on them). A CDK custom resource: CloudFormation has no SMS settings.
 */
export function smsSettings(scope: Construct, monthlySpendLimit: number) {
  return new AwsCustomResource(scope, "SmsSettings", {
    onUpdate: {
      service: "SNS",
      action: "setSMSAttributes",
      parameters: { attributes: { MonthlySpendLimit: String(monthlySpendLimit), DefaultSMSType: "Transactional" } },
      physicalResourceId: PhysicalResourceId.of("sms-settings"),
    },
    // SetSMSAttributes has no resource to name.
    policy: AwsCustomResourcePolicy.fromStatements([new PolicyStatement({ actions: ["sns:SetSMSAttributes"], resources: ["*"] })]),
    installLatestAwsSdk: false,
  });
}
