import { Duration, Fn } from "aws-cdk-lib";
import { AccountRecovery, ManagedLoginVersion, OAuthScope, UserPoolClientIdentityProvider, UserPoolEmail, VerificationEmailStyle } from "aws-cdk-lib/aws-cognito";
import { Cognito, use, type StackContext } from "sst/constructs";
import { codeEmail } from "@slotbook/core/users/code-email";
import { passwordPolicy, roles } from "@slotbook/contract";
import type { FunctionAccess } from "@slotbook/functions/http/route-spec";
import { accessStatements } from "./function-access";
import { configEnv } from "@slotbook/core/config";
import { cognitoTriggers } from "@slotbook/functions/cognito/triggers";
import { Hosting } from "./Hosting";
import { Storage } from "./Storage";
import { browserOrigins, isProduction, statefulRemovalPolicy } from "./stage";
import { hostedUiDomainPrefix, oauthRedirects } from "./hosted-ui";
import { cognitoMailViaSes, senderEmail } from "./function-environment";
import { managedLoginBranding } from "./managed-login";

/**
 * A user pool trigger's policy, from its declared access: the table only (a trigger can't name its own
 * pool's ARN, a cycle; none needs more).
 */
function triggerPermissions(name: string, access: FunctionAccess, tableArn: string) {
  const { table: _table, ...other } = access;
  if (Object.keys(other).length > 0) throw new Error(`The ${name} trigger may declare table access only, not ${Object.keys(other).join(", ")}.`);
  return accessStatements(access, { tableArn, userPoolArn: "", senderIdentityArn: "", senderEmail: "" }, `The ${name} trigger`);
}

/**
 * The user pool (email is the username, anyone may sign up and becomes a fan), one group per role, and the
 * web app's client: code flow + PKCE through the hosted UI for admins, USER_PASSWORD_AUTH for the API's
 * /auth/* routes, CUSTOM_AUTH for its emailed-code sign-in.
 */
export function Auth({ app, stack }: StackContext) {
  const { siteUrl } = use(Hosting);
  const { table } = use(Storage);
  const redirects = oauthRedirects(browserOrigins(app, siteUrl));

  const cognito = new Cognito(stack, "Users", {
    login: ["email"],
    // A confirmed account's profile is copied into the table, so no hot route ever asks Cognito who a fan is;
    // the custom-auth triggers run the emailed-code sign-in. Each with its own role, from its declared access.
    triggers: Object.fromEntries(
      Object.entries(cognitoTriggers).map(([name, trigger]) => [
        name,
        {
          handler: trigger.handler,
          description: trigger.description,
          // Only the table's name: the pool's own id would be a cycle (the pool depends on its triggers).
          environment: trigger.access.table ? { [configEnv.tableName]: table.tableName } : {},
          permissions: triggerPermissions(name, trigger.access, table.tableArn),
        },
      ]),
    ),
    // No identity pool: the app never hands AWS credentials to browsers.
    identityPoolFederation: false,
    cdk: {
      userPool: {
        selfSignUpEnabled: true,
        autoVerify: { email: true },
        // The same text the local cloud mails for cognito-local's codes.
        userVerification: { emailStyle: VerificationEmailStyle.CODE, emailSubject: codeEmail.subject, emailBody: codeEmail.body },
        // Codes go out through SES from the stage's sender once that identity is verified (see README);
        // until then Cognito's own mailer (a few dozen emails a day) keeps sign-up working.
        email: cognitoMailViaSes() ? UserPoolEmail.withSES({ fromEmail: senderEmail(), fromName: "Slotbook", sesRegion: stack.region }) : UserPoolEmail.withCognito(),
        standardAttributes: { email: { required: true, mutable: true } },
        passwordPolicy: { ...passwordPolicy, tempPasswordValidity: Duration.days(7) },
        accountRecovery: AccountRecovery.EMAIL_ONLY,
        removalPolicy: statefulRemovalPolicy(app),
        deletionProtection: isProduction(app),
      },
      userPoolClient: {
        userPoolClientName: app.logicalPrefixedName("web"),
        // A public client (a browser app): no secret, so the code flow must use PKCE.
        generateSecret: false,
        // Passwords for the API's /auth/login, custom auth for its emailed-code sign-in (/auth/code/verify).
        authFlows: { userPassword: true, custom: true },
        oAuth: {
          flows: { authorizationCodeGrant: true, implicitCodeGrant: false },
          scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
          callbackUrls: redirects.callbackUrls,
          logoutUrls: redirects.logoutUrls,
        },
        supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
        enableTokenRevocation: true,
        // Sign-in and recovery answer the same whether or not the email exists.
        preventUserExistenceErrors: true,
        accessTokenValidity: Duration.hours(1),
        idTokenValidity: Duration.hours(1),
        refreshTokenValidity: Duration.days(30),
      },
    },
  });
  const userPool = cognito.cdk.userPool;

  for (const role of roles) userPool.addGroup(`Group-${role}`, { groupName: role });

  // Prefixes are global across AWS accounts: the stack's own UUID keeps this one unique.
  const stackUuid = Fn.select(2, Fn.split("/", stack.stackId));
  const uniqueSuffix = Fn.select(0, Fn.split("-", stackUuid));
  const domain = userPool.addDomain("HostedUi", {
    cognitoDomain: { domainPrefix: `${hostedUiDomainPrefix(app)}-${uniqueSuffix}` },
    // Managed login (v2): the sign-in page that takes the app's branding below.
    managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
  });
  managedLoginBranding(stack, userPool, cognito.cdk.userPoolClient);

  const hostedUiUrl = domain.baseUrl();
  const issuerUrl = `https://cognito-idp.${stack.region}.${stack.urlSuffix}/${cognito.userPoolId}`;
  stack.addOutputs({
    UserPoolId: cognito.userPoolId,
    UserPoolClientId: cognito.userPoolClientId,
    HostedUiUrl: hostedUiUrl,
    IssuerUrl: issuerUrl,
    Region: stack.region,
  });
  return { cognito, userPoolId: cognito.userPoolId, userPoolClientId: cognito.userPoolClientId, hostedUiUrl, issuerUrl };
}
