import { Aspects, CfnResource, RemovalPolicy, type IAspect } from "aws-cdk-lib";
import { CfnLogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { App } from "sst/constructs";
import type { IConstruct } from "constructs";
import { isProduction } from "./stage";

/**
 * How long logs are kept. Prod: a year (enough to answer "what happened to my booking" after any event
 * season and to audit a year of sign-ins). Every other stage: two weeks (they are disposable; nobody reads
 * a preview's logs after its pull request). Both for every function's logs and the API's access log.
 */
export const logRetention = (app: App): { days: RetentionDays; sst: "one_year" | "two_weeks" } =>
  isProduction(app) ? { days: RetentionDays.ONE_YEAR, sst: "one_year" } : { days: RetentionDays.TWO_WEEKS, sst: "two_weeks" };

/**
 * Gives every Lambda function in the app (the app's own and CDK's helpers alike) its own log group with the
 * stage's retention, and sends the function's logs there (Lambda's LoggingConfig). Without it Lambda creates
 * `/aws/lambda/<name>` on first use and keeps it forever. An aspect, so functions added by any stack,
 * construct or later change are covered without a list to keep up to date.
 */
class FunctionLogGroups implements IAspect {
  constructor(
    private readonly retention: RetentionDays,
    private readonly removalPolicy: RemovalPolicy,
  ) {}

  visit(node: IConstruct) {
    if (!(node instanceof CfnResource) || node.cfnResourceType !== "AWS::Lambda::Function") return;
    const scope = node.node.scope!;
    const id = `${node.node.id}Logs`;
    if (scope.node.tryFindChild(id)) return;
    const logGroup = new CfnLogGroup(scope, id, { retentionInDays: this.retention });
    logGroup.applyRemovalPolicy(this.removalPolicy);
    // Same function, same role: AWSLambdaBasicExecutionRole already lets it write to its log groups.
    node.addPropertyOverride("LoggingConfig.LogGroup", logGroup.ref);
  }
}

export function retainFunctionLogs(app: App) {
  Aspects.of(app).add(new FunctionLogGroups(logRetention(app).days, isProduction(app) ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY));
}
