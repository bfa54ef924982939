import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { config } from "../config";

/** Emulator endpoints are only set locally; in AWS the SDK finds the real service. Bounded waits everywhere. */
export const clientOptions = (endpoint: string | undefined) => ({
  region: config().region,
  ...(endpoint ? { endpoint } : {}),
  maxAttempts: 3,
  requestHandler: { connectionTimeout: 2000, requestTimeout: 5000 },
});

let cognito: CognitoIdentityProviderClient | undefined;
export const cognitoClient = () => (cognito ??= new CognitoIdentityProviderClient(clientOptions(config().cognitoEndpoint)));
