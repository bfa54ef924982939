import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { config } from "../../config";
import { clientOptions } from "../aws-clients";
import { recordDynamoCall } from "./call-counter";

let documentClient: DynamoDBDocumentClient | undefined;

/** The table's document client, created once per process, counting its calls per request. */
export function tableClient(): DynamoDBDocumentClient {
  if (!documentClient) {
    const client = new DynamoDBClient(clientOptions(config().dynamoEndpoint));
    client.middlewareStack.add(
      (next) => async (args) => {
        recordDynamoCall();
        return next(args);
      },
      { step: "initialize", name: "countDynamoCalls" },
    );
    documentClient = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  }
  return documentClient;
}

export const tableName = () => config().tableName;
