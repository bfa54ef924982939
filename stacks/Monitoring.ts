import { Duration } from "aws-cdk-lib";
import { Alarm, ComparisonOperator, MathExpression, Metric, TreatMissingData, type AlarmProps, type IMetric } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { Operation } from "aws-cdk-lib/aws-dynamodb";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { use, type StackContext } from "sst/constructs";
import { routeList } from "@slotbook/functions/routes";
import { Storage } from "./Storage";
import { Api } from "./Api";
import { Notifications } from "./Notifications";
import { Web } from "./Web";
import { Auth } from "./Auth";
import { cognitoTriggers } from "@slotbook/functions/cognito/triggers";
import { routeKey } from "./api-routes";
import { alarmEmail } from "./function-environment";
import { ownsSenderIdentity } from "./stage";

const fiveMinutes = Duration.minutes(5);

/** The API's 5xx share (percent) above which it alarms, once a 5-minute window has this many requests. */
export const apiErrorRate = { percent: 1, minRequests: 20 };
/** SES's own review thresholds are a 5 % bounce rate and a 0.1 % complaint rate: alarm well before. */
export const sesReputation = { bounceRate: 0.02, complaintRate: 0.0005 };

/**
 * Alarms for the stage, all sent to one SNS topic that emails ALARM_EMAIL (a deploy variable; without it
 * the topic has no subscriber and the alarms only show in the console): the notifier's dead-letter queue
 * holding anything, the API's 5xx rate, each function's errors and throttles, DynamoDB throttling, and, on
 * the stages that own the SES sender, the account's bounce and complaint rates; likewise the share-page
 * publisher's dead-letter queue. Alarms need no IAM: CloudWatch
 * publishes to a topic of its own account, and the topic refuses anything but TLS.
 */
export function Monitoring({ app, stack }: StackContext) {
  const { table } = use(Storage);
  const { api } = use(Api);
  const { notifier, failures, expireOffers, sendReminders } = use(Notifications);
  const { publisher, publisherFailures, republisher } = use(Web);
  const { cognito } = use(Auth);

  const topic = new Topic(stack, "Alarms", { displayName: `slotbook ${app.stage} alarms`, enforceSSL: true });
  const email = alarmEmail();
  if (email) topic.addSubscription(new EmailSubscription(email));
  const action = new SnsAction(topic);

  const alarm = (id: string, props: Omit<AlarmProps, "evaluationPeriods" | "treatMissingData"> & { evaluationPeriods?: number }) => {
    const created = new Alarm(stack, id, {
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      ...props,
    });
    created.addAlarmAction(action);
    created.addOkAction(action);
    return created;
  };

  alarm("NotifierDeadLetters", {
    alarmDescription: "Booking emails failed for good: records are parked in the notifier's dead-letter queue.",
    metric: failures.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: "Maximum" }),
    threshold: 0,
  });
  alarm("SharePageDeadLetters", {
    alarmDescription: "Share pages failed for good: records are parked in the share-page publisher's dead-letter queue (a page may be missing or out of date).",
    metric: publisherFailures.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: "Maximum" }),
    threshold: 0,
  });

  const httpApi = api.cdk.httpApi;
  alarm("Api5xxRate", {
    alarmDescription: `More than ${apiErrorRate.percent} % of API requests answered 5xx (in 5 minutes with at least ${apiErrorRate.minRequests} requests).`,
    metric: new MathExpression({
      expression: `IF(requests >= ${apiErrorRate.minRequests}, 100 * errors / requests, 0)`,
      usingMetrics: { errors: httpApi.metricServerError({ period: fiveMinutes, statistic: "Sum" }), requests: httpApi.metricCount({ period: fiveMinutes, statistic: "Sum" }) },
      period: fiveMinutes,
      label: "5xx %",
    }),
    threshold: apiErrorRate.percent,
  });

  const functions = [
    ...routeList.map((route) => ({ id: route.name, fn: api.getFunction(routeKey(route))!, label: routeKey(route) })),
    { id: "notifier", fn: notifier, label: "the notifier" },
    { id: "expireOffers", fn: expireOffers, label: "the waitlist offer expiry" },
    { id: "sendReminders", fn: sendReminders, label: "the reminder sweep" },
    { id: "sharePagePublisher", fn: publisher, label: "the share-page publisher" },
    { id: "sharePageRepublisher", fn: republisher, label: "the share pages' re-render after a deploy" },
    // The user pool's triggers: a failing one fails the confirmation or the code sign-in it runs for.
    ...Object.entries(cognitoTriggers).map(([name, trigger]) => ({ id: name, fn: cognito.getFunction(name as keyof typeof cognitoTriggers)!, label: `the user pool's ${trigger.trigger} trigger` })),
  ];
  for (const { id, fn, label } of functions) {
    const name = id[0]!.toUpperCase() + id.slice(1);
    alarm(`${name}Errors`, {
      alarmDescription: `${label}: the function failed (crashed or timed out), not an error answer.`,
      metric: fn.metricErrors({ period: fiveMinutes, statistic: "Sum" }),
      threshold: 0,
    });
    alarm(`${name}Throttles`, {
      alarmDescription: `${label}: invocations were throttled (concurrency exhausted).`,
      metric: fn.metricThrottles({ period: fiveMinutes, statistic: "Sum" }),
      threshold: 0,
    });
  }

  alarm("TableThrottles", {
    alarmDescription: "DynamoDB throttled requests on the table (reads, writes or transactions).",
    metric: table.cdk.table.metricThrottledRequestsForOperations({
      operations: [Operation.GET_ITEM, Operation.BATCH_GET_ITEM, Operation.QUERY, Operation.PUT_ITEM, Operation.UPDATE_ITEM, Operation.DELETE_ITEM, Operation.TRANSACT_WRITE_ITEMS],
      period: fiveMinutes,
      statistic: "Sum",
    }) as IMetric,
    threshold: 0,
  });

  // Reputation metrics are per account and region: only the stages that own the sender watch them.
  if (ownsSenderIdentity(app)) {
    const reputation = (metricName: string) => new Metric({ namespace: "AWS/SES", metricName, period: Duration.minutes(15), statistic: "Maximum" });
    alarm("SesBounceRate", {
      alarmDescription: `SES bounce rate above ${sesReputation.bounceRate * 100} % (SES reviews the account at 5 %).`,
      metric: reputation("Reputation.BounceRate"),
      threshold: sesReputation.bounceRate,
    });
    alarm("SesComplaintRate", {
      alarmDescription: `SES complaint rate above ${sesReputation.complaintRate * 100} % (SES reviews the account at 0.1 %).`,
      metric: reputation("Reputation.ComplaintRate"),
      threshold: sesReputation.complaintRate,
    });
  }

  stack.addOutputs({ AlarmTopicArn: topic.topicArn });
  return { topic };
}
