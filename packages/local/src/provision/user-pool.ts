import {
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolClientCommand,
  ListGroupsCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  UpdateUserPoolClientCommand,
  type CognitoIdentityProviderClient,
} from "@aws-sdk/client-cognito-identity-provider";
import { passwordPolicy, roles } from "@slotbook/contract";

export interface UserPoolIds {
  userPoolId: string;
  userPoolClientId: string;
}

export const localPoolName = "slotbook-local";
/** The web client's sign-in flows, as the Auth stack's: password (the API's /auth/login), emailed code (custom auth), refresh. */
const webClientFlows = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] as const;
export const webClientName = "slotbook-web";

/** The local pool's id, found by its name in cognito-local. */
export async function findLocalPoolId(client: CognitoIdentityProviderClient): Promise<string | undefined> {
  const pools = await client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
  return pools.UserPools?.find((pool) => pool.Name === localPoolName)?.Id;
}

/** The web app client's id in a pool, found by its name. */
export async function findWebClientId(client: CognitoIdentityProviderClient, userPoolId: string): Promise<string | undefined> {
  const clients = await client.send(new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60 }));
  return clients.UserPoolClients?.find((item) => item.ClientName === webClientName)?.ClientId;
}

/**
 * Finds or creates the local user pool, its role groups and the web app client: the same shape the Auth
 * stack deploys (email sign-in, groups from `roles`, code + PKCE, USER_PASSWORD_AUTH and CUSTOM_AUTH on one client).
 */
export async function ensureUserPool(client: CognitoIdentityProviderClient, callbackUrls: string[]): Promise<UserPoolIds> {
  let userPoolId = await findLocalPoolId(client);
  if (!userPoolId) {
    const created = await client.send(
      new CreateUserPoolCommand({
        PoolName: localPoolName,
        UsernameAttributes: ["email"],
        AutoVerifiedAttributes: ["email"],
        Policies: {
          PasswordPolicy: {
            MinimumLength: passwordPolicy.minLength,
            RequireLowercase: passwordPolicy.requireLowercase,
            RequireUppercase: passwordPolicy.requireUppercase,
            RequireNumbers: passwordPolicy.requireDigits,
            RequireSymbols: passwordPolicy.requireSymbols,
          },
        },
      }),
    );
    userPoolId = created.UserPool!.Id!;
  }

  const groups = await client.send(new ListGroupsCommand({ UserPoolId: userPoolId }));
  const existing = new Set(groups.Groups?.map((group) => group.GroupName));
  for (const role of roles) {
    if (!existing.has(role)) await client.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: role }));
  }

  let userPoolClientId = await findWebClientId(client, userPoolId);
  if (userPoolClientId) {
    // A client made before code sign-in existed gets its flows (and hides unknown users, as in AWS).
    const { UserPoolClient: existing } = await client.send(new DescribeUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: userPoolClientId }));
    if (webClientFlows.some((flow) => !existing?.ExplicitAuthFlows?.includes(flow)) || existing?.PreventUserExistenceErrors !== "ENABLED") {
      await client.send(new UpdateUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: userPoolClientId, ExplicitAuthFlows: [...webClientFlows], PreventUserExistenceErrors: "ENABLED" }));
    }
  } else {
    const created = await client.send(
      new CreateUserPoolClientCommand({
        UserPoolId: userPoolId,
        ClientName: webClientName,
        GenerateSecret: false,
        ExplicitAuthFlows: [...webClientFlows],
        // As the Auth stack's client: sign-in answers the same whether or not the email has an account.
        PreventUserExistenceErrors: "ENABLED",
        AllowedOAuthFlows: ["code"],
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthScopes: ["openid", "email", "profile"],
        CallbackURLs: callbackUrls,
        LogoutURLs: callbackUrls,
        SupportedIdentityProviders: ["COGNITO"],
        EnableTokenRevocation: true,
      }),
    );
    userPoolClientId = created.UserPoolClient!.ClientId!;
  }
  return { userPoolId, userPoolClientId };
}
