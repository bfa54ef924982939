import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { config } from "../../config";
import { clientOptions } from "../aws-clients";
import { recordAwsCalls } from "./call-counter";

let documentClient: DynamoDBDocumentClient | undefined;

/** The table's document client, created once per process, counting and recording its calls (call-counter.ts). */
export function tableClient(): DynamoDBDocumentClient {
  if (!documentClient) {
    const client = recordAwsCalls(new DynamoDBClient(clientOptions(config().dynamoEndpoint)));
    documentClient = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  }
  return documentClient;
}

export const tableName = () => config().tableName;
