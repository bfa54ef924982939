import { beforeAll, describe, expect, it } from "vitest";
import type { RecordedCall } from "@slotbook/core";
import type { FunctionAccess } from "@slotbook/functions/http/route-spec";
import { cognitoTriggers } from "@slotbook/functions/cognito/triggers";
import { notifierFunction } from "@slotbook/functions/notifier/definition";
import { expireOffersFunction, sendRemindersFunction } from "@slotbook/functions/scheduled/definition";
import { sharePagePublisher, sharePageRepublisher } from "@slotbook/functions/share-pages/definition";
import { routeList } from "@slotbook/functions/routes";
import { apiRoutes } from "../../stacks/api-routes";
import { grantedPermissions, parityProblems, recordedPermissions, type FunctionGrants, type TemplateJson } from "../parity/iam-parity";
import { synthesize } from "./synth";

/** What a function whose calls are exactly its declaration would have recorded (local cloud names). */
function callsDeclaredBy(fn: string, access: FunctionAccess): RecordedCall[] {
  return [
    ...(access.table ?? []).map((action) => ({ function: fn, action: `dynamodb:${action}`, resource: "table/slotbook-local" })),
    ...(access.indexes ?? []).map((index) => ({ function: fn, action: "dynamodb:Query", resource: `table/slotbook-local/index/${index}` })),
    ...(access.cognito ?? []).map((action) => ({ function: fn, action: `cognito-idp:${action}`, resource: "userpool/local_pool" })),
    ...(access.sendMail ? [{ function: fn, action: "ses:SendRawEmail", resource: "identity/bookings@slotbook.local" }] : []),
    ...(access.sendSms ? [{ function: fn, action: "sns:Publish", resource: "phone-number" }] : []),
    ...(access.sharePages
      ? [
          ...["s3:PutObject", ...(access.sharePages === "publish" ? ["s3:DeleteObject"] : [])].map((action) => ({ function: fn, action, resource: "slotbook-site/e/some-event.html" })),
          { function: fn, action: "s3:GetObject", resource: "slotbook-site/share-page-shell.html" },
          ...["DescribeKeyValueStore", "PutKey", ...(access.sharePages === "publish" ? ["DeleteKey"] : [])].map((action) => ({
            function: fn,
            action: `cloudfront-keyvaluestore:${action}`,
            resource: "arn:aws:cloudfront::123456789012:key-value-store/abc",
          })),
        ]
      : []),
  ];
}

const triggerHandlers: string[] = Object.values(cognitoTriggers).map((trigger) => trigger.handler);

/** Every declared function's calls exactly as declared. */
const declaredCalls = (): RecordedCall[] => [
  ...routeList.flatMap((route) => callsDeclaredBy(route.handler, route.access)),
  ...callsDeclaredBy(notifierFunction.handler, notifierFunction.access),
  ...callsDeclaredBy(expireOffersFunction.handler, expireOffersFunction.access),
  ...callsDeclaredBy(sendRemindersFunction.handler, sendRemindersFunction.access),
  ...callsDeclaredBy(sharePagePublisher.handler, sharePagePublisher.access),
  ...callsDeclaredBy(sharePageRepublisher.handler, sharePageRepublisher.access),
  ...Object.values(cognitoTriggers).flatMap((trigger) => callsDeclaredBy(trigger.handler, trigger.access)),
];

const register = routeList.find((route) => route.path === "/api/auth/register")!;
const createEvent = routeList.find((route) => route.method === "POST" && route.path === "/api/events")!;

let granted: FunctionGrants[];
beforeAll(async () => {
  const app = await synthesize("test", { buildCode: false });
  granted = grantedPermissions(Object.fromEntries(Object.entries(app.templates).map(([name, template]) => [name, template.toJSON() as TemplateJson])));
});

describe("the permission check (tests/parity)", () => {
  it("finds every route's function, the notifier, the share-page publisher, the offer expiry and the reminder sweep in the templates, each with its own role built from its declaration alone", () => {
    expect(granted.map((grants) => grants.fn).sort()).toEqual([...routeList.map((route) => route.handler), notifierFunction.handler, sharePagePublisher.handler, sharePageRepublisher.handler, expireOffersFunction.handler, sendRemindersFunction.handler, ...triggerHandlers].sort());
    expect(new Set(granted.map((grants) => grants.logicalId)).size).toBe(granted.length);
    expect(parityProblems(granted, recordedPermissions(declaredCalls()))).toEqual([]);
  });

  it("fails when a function calls an action its role does not allow", () => {
    const calls = [...declaredCalls(), { function: createEvent.handler, action: "dynamodb:DeleteItem", resource: "table/slotbook-local" }];
    expect(parityProblems(granted, recordedPermissions(calls))).toEqual([
      expect.stringMatching(/^packages\/functions\/src\/api\/events\/create\.handler .*: calls dynamodb:DeleteItem on table, which its role does not allow$/),
    ]);
  });

  it("fails when a role allows an action no test recorded", () => {
    const calls = declaredCalls().filter((call) => !(call.function === register.handler && call.action === "cognito-idp:AdminDeleteUser"));
    expect(parityProblems(granted, recordedPermissions(calls))).toEqual([
      expect.stringMatching(/auth\/register\.handler .*: allows cognito-idp:AdminDeleteUser on userpool, which no test recorded$/),
    ]);
  });

  it("ignores Cognito's public and token-authorized calls (IAM does not authorize them) but no other call", () => {
    const calls = [...declaredCalls(), { function: register.handler, action: "cognito-idp:SignUp", resource: "client/abc" }];
    expect(parityProblems(granted, recordedPermissions(calls))).toEqual([]);
  });

  it("fails the shared policy every function had before (no Cognito actions; eight table actions on the table and index/*)", () => {
    // The shape of main before per-route policies: one statement on every API function.
    const template: TemplateJson = {
      Resources: {
        Fn: { Type: "AWS::Lambda::Function", Properties: { Description: "POST /api/auth/register", Role: { "Fn::GetAtt": ["Role", "Arn"] }, Environment: { Variables: { SST_APP: "slotbook" } } } },
        Role: { Type: "AWS::IAM::Role", Properties: {} },
        Policy: {
          Type: "AWS::IAM::Policy",
          Properties: {
            Roles: [{ Ref: "Role" }],
            PolicyDocument: {
              Statement: [
                {
                  Effect: "Allow",
                  Action: ["dynamodb:GetItem", "dynamodb:BatchWriteItem"],
                  Resource: [{ "Fn::ImportValue": "test-slotbook-Storage:ExportsOutputFnGetAttTable710B521BArn570AFAD4" }, { "Fn::Join": ["", [{ "Fn::ImportValue": "test-slotbook-Storage:ExportsOutputFnGetAttTable710B521BArn570AFAD4" }, "/index/*"]] }],
                },
              ],
            },
          },
        },
      },
    };
    const problems = parityProblems(grantedPermissions({ Api: template }), recordedPermissions(callsDeclaredBy(register.handler, register.access)));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/calls cognito-idp:AdminAddUserToGroup on userpool, which its role does not allow$/),
        expect.stringMatching(/allows dynamodb:BatchWriteItem on table, which no test recorded$/),
        expect.stringMatching(/allows dynamodb:GetItem on table\/index\/\* \(a wildcard resource\)$/),
      ]),
    );
  });

  it("takes SMS to be phone numbers only when every topic is denied, and an SMS grant without that deny as a wildcard", () => {
    const template = (statements: unknown[]): TemplateJson => ({
      Resources: {
        Fn: { Type: "AWS::Lambda::Function", Properties: { Description: "GET /api/health", Role: { "Fn::GetAtt": ["Role", "Arn"] }, Environment: { Variables: { SST_APP: "slotbook" } } } },
        Role: { Type: "AWS::IAM::Role", Properties: { Policies: [{ PolicyDocument: { Statement: statements } }] } },
      },
    });
    const health = routeList.find((route) => route.path === "/api/health")!;
    const texted = recordedPermissions([...callsDeclaredBy(health.handler, health.access), { function: health.handler, action: "sns:Publish", resource: "phone-number" }]);
    const table = { Effect: "Allow", Action: "dynamodb:GetItem", Resource: { "Fn::ImportValue": "test-slotbook-Storage:ExportsOutputFnGetAttTable710B521BArn570AFAD4" } };
    const allowSms = { Effect: "Allow", Action: "sns:Publish", Resource: "*" };
    const denyTopics = { Effect: "Deny", Action: "sns:Publish", Resource: "arn:aws:sns:*:*:*" };
    expect(parityProblems(grantedPermissions({ Api: template([table, allowSms, denyTopics]) }), texted)).toEqual([]);
    expect(parityProblems(grantedPermissions({ Api: template([table, allowSms]) }), texted)).toEqual([
      expect.stringMatching(/calls sns:Publish on phone-number, which its role does not allow$/),
      expect.stringMatching(/allows sns:Publish on \* \(a wildcard resource\)$/),
    ]);
  });

  it("flags wildcard actions", () => {
    const template: TemplateJson = {
      Resources: {
        Fn: { Type: "AWS::Lambda::Function", Properties: { Description: "GET /api/health", Role: { "Fn::GetAtt": ["Role", "Arn"] }, Environment: { Variables: { SST_APP: "slotbook" } } } },
        Role: { Type: "AWS::IAM::Role", Properties: { Policies: [{ PolicyDocument: { Statement: [{ Effect: "Allow", Action: "dynamodb:*", Resource: "*" }] } }] } },
      },
    };
    expect(parityProblems(grantedPermissions({ Api: template }), new Map())).toContain("packages/functions/src/api/health.handler (Api/Fn): wildcard action dynamodb:*");
  });
});

describe("routes without declarations", () => {
  const targets = { tableArn: "arn:table", userPoolArn: "arn:pool", senderIdentityArn: "arn:identity", senderEmail: "a@example.com" };
  it("are refused by the Api stack: no access, no call budget, or an unknown index", () => {
    const route = routeList[0]!;
    const { access: _access, ...withoutAccess } = route;
    expect(() => apiRoutes([withoutAccess as typeof route], targets)).toThrow(/declares no access/);
    const { calls: _calls, ...withoutBudget } = route;
    expect(() => apiRoutes([withoutBudget as typeof route], targets)).toThrow(/no call budget/);
    expect(() => apiRoutes([{ ...route, access: { indexes: ["byNothing" as never] } }], targets)).toThrow(/unknown table indexes: byNothing/);
  });
});
