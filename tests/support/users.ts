import { createSignedInUser, createSignedInUsers, localCognitoClient } from "@slotbook/local";
import { inject } from "vitest";

const pool = () => {
  const { cognitoUrl, userPoolId, userPoolClientId, dynamodbUrl, tableName } = inject("localCloud");
  return { cognitoUrl, userPoolId, userPoolClientId, dynamodbUrl, tableName };
};

export const cognitoClient = () => localCognitoClient(inject("localCloud").cognitoUrl);

/** A confirmed user in the given groups, signed in: straight through cognito-local, for tests of other routes. */
export const signedInUser = (groups: string[], name?: string) => createSignedInUser(pool(), groups, name);
/** An account as one made before profiles were copied into the table: in Cognito only. */
export const signedInUserWithoutProfile = (groups: string[], name?: string) => createSignedInUser(pool(), groups, name, { withProfile: false });
export const signedInUsers = (count: number, groups: string[]) => createSignedInUsers(pool(), count, groups);
