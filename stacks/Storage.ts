import { Table, type StackContext, type TableProps } from "sst/constructs";
import { tableDefinition, type KeyAttribute, type TableDefinition } from "@slotbook/core/data/table";
import { isProduction, statefulRemovalPolicy } from "./stage";

type TableFieldType = NonNullable<TableProps["fields"]>[string];

const fieldType: Record<KeyAttribute["type"], TableFieldType> = { S: "string", N: "number" };
const streamView: Record<TableDefinition["stream"], NonNullable<TableProps["stream"]>> = {
  NEW_AND_OLD_IMAGES: "new_and_old_images",
};

/** Every key attribute of the table and its indexes, as SST `fields`. */
function keyFields(): Record<string, TableFieldType> {
  const keys = [
    tableDefinition.partitionKey,
    tableDefinition.sortKey,
    ...tableDefinition.globalIndexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  return Object.fromEntries(keys.map((key) => [key.name, fieldType[key.type]]));
}

/** The single DynamoDB table, built from `tableDefinition` so AWS and the local table cannot drift. */
export function Storage({ app, stack }: StackContext) {
  const table = new Table(stack, "Table", {
    fields: keyFields(),
    primaryIndex: { partitionKey: tableDefinition.partitionKey.name, sortKey: tableDefinition.sortKey.name },
    globalIndexes: Object.fromEntries(
      tableDefinition.globalIndexes.map((index) => [
        index.name,
        { partitionKey: index.partitionKey.name, sortKey: index.sortKey.name },
      ]),
    ),
    // The notifier (Notifications stack) reads bookings' inserts and removals from this stream.
    stream: streamView[tableDefinition.stream],
    timeToLiveAttribute: tableDefinition.timeToLiveAttribute,
    cdk: {
      table: {
        // SST's own default too; stated here because losing bookings is not an option. (SST sets this
        // deprecated prop itself, so the newer `pointInTimeRecoverySpecification` would conflict with it.)
        pointInTimeRecovery: true,
        removalPolicy: statefulRemovalPolicy(app),
        deletionProtection: isProduction(app),
      },
    },
  });

  stack.addOutputs({ TableName: table.tableName });
  return { table };
}
