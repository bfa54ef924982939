import { beforeAll, describe, expect, it } from "vitest";
import { routeList } from "@slotbook/functions/routes";
import { cognitoTriggers } from "@slotbook/functions/cognito/triggers";
import { apiErrorRate, sesReputation } from "../../stacks/Monitoring";
import { notifierConcurrency } from "../../stacks/Notifications";
import { stackNames, synthesize, type SynthesizedApp } from "./synth";
import { appFunctions, importedExport, onlyResourceOf, resourcesOf, type CfnResource } from "./template-queries";

/** Operations: log retention, alarms to one topic that emails ALARM_EMAIL, the notifier's concurrency cap. */
let dev: SynthesizedApp;
let prod: SynthesizedApp;
const alarmEmail = "ops@example.test";

beforeAll(async () => {
  delete process.env.ALARM_EMAIL;
  dev = await synthesize("test", { buildCode: false });
  process.env.ALARM_EMAIL = alarmEmail;
  try {
    prod = await synthesize("prod", { buildCode: false });
  } finally {
    delete process.env.ALARM_EMAIL;
  }
});

const alarms = (app: SynthesizedApp) => Object.values(resourcesOf(app.templates.Monitoring, "AWS::CloudWatch::Alarm"));
const topicId = (app: SynthesizedApp) => onlyResourceOf(app.templates.Monitoring, "AWS::SNS::Topic")[0];
/** The export an alarm's dimension imports, e.g. a function's name from the Api stack. */
const dimension = (alarm: CfnResource, name: string) => (alarm.Properties.Dimensions as Array<{ Name: string; Value: unknown }> | undefined)?.find((d) => d.Name === name)?.Value;

describe("log retention", () => {
  it.each([
    ["test", () => dev, 14, "Delete"],
    ["prod", () => prod, 365, "Retain"],
  ] as const)("sends every function's logs (in every stack, helpers too) to its own log group, kept %s: %i days", (_stage, app, days, policy) => {
    let functions = 0;
    for (const name of stackNames) {
      const template = app().templates[name];
      const groups = resourcesOf(template, "AWS::Logs::LogGroup");
      for (const [id, fn] of Object.entries(resourcesOf(template, "AWS::Lambda::Function"))) {
        functions += 1;
        const ref = fn.Properties.LoggingConfig?.LogGroup?.Ref as string | undefined;
        expect(ref, `${name}/${id} has its own log group`).toBeDefined();
        expect(groups[ref!]?.Properties.RetentionInDays, `${name}/${id}`).toBe(days);
        expect(groups[ref!]?.DeletionPolicy).toBe(policy);
      }
    }
    expect(functions).toBeGreaterThan(routeList.length);
  });

  it("keeps the API's access log as long (a year on prod, two weeks elsewhere)", () => {
    for (const [app, days] of [[dev, 14], [prod, 365]] as const) {
      const stage = onlyResourceOf(app.templates.Api, "AWS::ApiGatewayV2::Stage")[1];
      const groupId = stage.Properties.AccessLogSettings.DestinationArn["Fn::GetAtt"][0] as string;
      expect(resourcesOf(app.templates.Api, "AWS::Logs::LogGroup")[groupId]?.Properties.RetentionInDays).toBe(days);
    }
  });
});

describe("alarms", () => {
  it("all go to one topic (TLS only), which emails ALARM_EMAIL when it is set", () => {
    for (const app of [dev, prod]) {
      const topic = { Ref: topicId(app) };
      expect(alarms(app).length).toBeGreaterThan(0);
      for (const alarm of alarms(app)) {
        expect(alarm.Properties.AlarmActions).toEqual([topic]);
        expect(alarm.Properties.OKActions).toEqual([topic]);
        expect(alarm.Properties.TreatMissingData).toBe("notBreaching");
      }
      const policy = onlyResourceOf(app.templates.Monitoring, "AWS::SNS::TopicPolicy")[1];
      expect(policy.Properties.PolicyDocument.Statement).toEqual([
        expect.objectContaining({ Effect: "Deny", Action: "sns:Publish", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
      ]);
    }
    expect(Object.values(resourcesOf(prod.templates.Monitoring, "AWS::SNS::Subscription")).map((s) => s.Properties)).toEqual([
      { Protocol: "email", Endpoint: alarmEmail, TopicArn: { Ref: topicId(prod) } },
    ]);
    expect(resourcesOf(dev.templates.Monitoring, "AWS::SNS::Subscription")).toEqual({});
  });

  it("fire on anything in the notifier's or the share-page publisher's dead-letter queue", () => {
    const queues = alarms(dev).filter((alarm) => alarm.Properties.Namespace === "AWS/SQS");
    for (const queue of queues) {
      expect(queue.Properties).toMatchObject({ MetricName: "ApproximateNumberOfMessagesVisible", Statistic: "Maximum", Threshold: 0, ComparisonOperator: "GreaterThanThreshold" });
    }
    expect(queues.map((queue) => importedExport(dimension(queue, "QueueName")))).toEqual([
      expect.stringMatching(/Notifications:.*NotifierFailures.*QueueName/),
      expect.stringMatching(/Web:.*SharePageFailures.*QueueName/),
    ]);
  });

  it("fire on the API's 5xx rate", () => {
    const rate = alarms(dev).find((alarm) => JSON.stringify(alarm.Properties.Metrics ?? []).includes('"5xx"'))!;
    expect(rate.Properties.Threshold).toBe(apiErrorRate.percent);
    const metrics = rate.Properties.Metrics as Array<Record<string, any>>;
    expect(metrics.find((m) => m.ReturnData !== false)?.Expression).toBe(`IF(requests >= ${apiErrorRate.minRequests}, 100 * errors / requests, 0)`);
    expect(metrics.filter((m) => m.MetricStat).map((m) => m.MetricStat.Metric.MetricName).sort()).toEqual(["5xx", "Count"]);
  });

  it("fire on errors and on throttles of every app function: each route's, the notifier, the offer expiry, the reminder sweep, the share-page publisher and its re-render after deploys, the user pool's triggers", () => {
    const functionNames = new Set<string>();
    for (const stack of ["Api", "Notifications", "Web", "Auth"] as const) {
      for (const id of Object.keys(appFunctions(dev.templates[stack]))) functionNames.add(`${stack}:${id}`);
    }
    expect(functionNames.size).toBe(routeList.length + 5 + Object.keys(cognitoTriggers).length);
    for (const metric of ["Errors", "Throttles"]) {
      const watched = alarms(dev)
        .filter((alarm) => alarm.Properties.Namespace === "AWS/Lambda" && alarm.Properties.MetricName === metric)
        .map((alarm) => importedExport(dimension(alarm, "FunctionName"))!);
      expect(watched).toHaveLength(functionNames.size);
      for (const name of functionNames) {
        const [stack, id] = name.split(":");
        expect(watched.some((exported) => exported.includes(`${stack}:`) && exported.includes(`OutputRef${id!.replace(/[0-9A-F]{8}$/, "")}`)), `${metric} of ${name}`).toBe(true);
      }
    }
  });

  it("fire on DynamoDB throttling of the table, across the operations the app uses", () => {
    const throttles = alarms(dev).find((alarm) => JSON.stringify(alarm.Properties.Metrics ?? []).includes("ThrottledRequests"))!;
    const operations = (throttles.Properties.Metrics as Array<Record<string, any>>)
      .filter((m) => m.MetricStat)
      .map((m) => m.MetricStat.Metric.Dimensions.find((d: { Name: string }) => d.Name === "Operation").Value);
    expect(operations).toEqual(expect.arrayContaining(["GetItem", "Query", "PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems", "BatchGetItem"]));
    expect(throttles.Properties.Threshold).toBe(0);
  });

  it("fire on SES bounce and complaint rates on the stages that own the sender (prod), not on previews", () => {
    const ses = (app: SynthesizedApp) => alarms(app).filter((alarm) => alarm.Properties.Namespace === "AWS/SES").map((alarm) => [alarm.Properties.MetricName, alarm.Properties.Threshold]);
    expect(ses(prod).sort()).toEqual([
      ["Reputation.BounceRate", sesReputation.bounceRate],
      ["Reputation.ComplaintRate", sesReputation.complaintRate],
    ]);
    expect(ses(dev)).toEqual([]);
  });
});

describe("the notifier", () => {
  it("has reserved concurrency, so a flood of mail cannot take the API's", () => {
    const [, notifier] = Object.entries(appFunctions(dev.templates.Notifications))[0]!;
    expect(notifier.Properties.ReservedConcurrentExecutions).toBe(notifierConcurrency);
    expect(notifierConcurrency).toBeGreaterThan(0);
  });
});

describe("the Monitoring stack's own IAM", () => {
  it("grants nothing beyond SST's helper role (alarms publish to their own account's topic without a policy)", () => {
    const policies = resourcesOf(prod.templates.Monitoring, "AWS::IAM::Policy");
    expect(policies).toEqual({});
    for (const role of Object.values(resourcesOf(prod.templates.Monitoring, "AWS::IAM::Role"))) {
      expect(JSON.stringify(role.Properties.ManagedPolicyArns)).toContain("service-role/AWSLambdaBasicExecutionRole");
      expect(role.Properties.Policies).toBeUndefined();
    }
  });
});
