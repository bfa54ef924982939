import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { config } from "../config";
import { recordAwsCalls } from "./dynamo/call-counter";

/** Emulator endpoints are only set locally; in AWS the SDK finds the real service. Bounded waits everywhere. */
export const clientOptions = (endpoint: string | undefined) => ({
  region: config().region,
  ...(endpoint ? { endpoint } : {}),
  maxAttempts: 3,
  requestHandler: { connectionTimeout: 2000, requestTimeout: 5000 },
});

let cognito: CognitoIdentityProviderClient | undefined;
/** The user pool's client, counting and recording its calls (call-counter.ts). */
export const cognitoClient = () => (cognito ??= recordAwsCalls(new CognitoIdentityProviderClient(clientOptions(config().cognitoEndpoint))));
