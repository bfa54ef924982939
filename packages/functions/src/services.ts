import { cognitoClient, cognitoIdentity, config, createAccounts, type Accounts } from "@slotbook/core";

/** The core services a Lambda uses, wired to their AWS adapters once per container (lazily, on first use). */
let accountsService: Accounts | undefined;
export const accounts = (): Accounts =>
  (accountsService ??= createAccounts(cognitoIdentity(cognitoClient(), { userPoolId: config().userPoolId, clientId: config().userPoolClientId })));
