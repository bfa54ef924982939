import { DeleteCommand, GetCommand, UpdateCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { ProfileStore } from "../../users/profile-store";
import { tableClient as configuredClient, tableName as configuredName } from "./document-client";
import { itemType, keys, profileFromItem } from "./items";
import { withRetries } from "./retry";
import { smsNeedsPhone } from "../../users/sms-opt-in";

/** `table` is for tools outside a function (test and benchmark users); functions use the configured table. */
export function dynamoProfileStore(options: { now?: () => Date; table?: { client: DynamoDBDocumentClient; name: string } } = {}): ProfileStore {
  const now = options.now ?? (() => new Date());
  const tableClient = () => options.table?.client ?? configuredClient();
  const tableName = () => options.table?.name ?? configuredName();
  return {
    async get(userId) {
      const result = await withRetries(() => tableClient().send(new GetCommand({ TableName: tableName(), Key: keys.profile(userId), ConsistentRead: true })));
      return result.Item ? profileFromItem(result.Item) : undefined;
    },

    async save(profile) {
      const result = await withRetries(() =>
        tableClient().send(
          new UpdateCommand({
            TableName: tableName(),
            Key: keys.profile(profile.id),
            UpdateExpression:
              "SET itemType = :type, id = :id, username = :username, email = :email, #name = :name, phone = :phone, locale = :locale, createdAt = if_not_exists(createdAt, :createdAt), updatedAt = :now",
            ExpressionAttributeNames: { "#name": "name" },
            ExpressionAttributeValues: {
              ":type": itemType.profile,
              ":id": profile.id,
              ":username": profile.username,
              ":email": profile.email,
              ":name": profile.name,
              ":phone": profile.phone,
              ":locale": profile.locale ?? "en",
              ":createdAt": profile.createdAt,
              ":now": now().toISOString(),
            },
            ReturnValues: "ALL_NEW",
          }),
        ),
      );
      return profileFromItem(result.Attributes ?? {});
    },

    async update(userId, changes) {
      const sets = ["updatedAt = :now"];
      const removes: string[] = [];
      const names: Record<string, string> = {};
      const values: Record<string, unknown> = { ":now": now().toISOString() };
      const conditions = ["attribute_exists(pk)"];
      if (changes.name !== undefined) (sets.push("#name = :name"), (names["#name"] = "name"), (values[":name"] = changes.name));
      if (changes.phone !== undefined) (sets.push("phone = :phone"), (values[":phone"] = changes.phone));
      if (changes.locale !== undefined) (sets.push("locale = :locale"), (values[":locale"] = changes.locale));
      if (changes.smsOptIn === false || changes.phone === null) removes.push("smsOptInPhone");
      else if (changes.smsOptIn === true && typeof changes.phone === "string") sets.push("smsOptInPhone = :phone");
      else if (changes.smsOptIn === true) {
        // The number on the profile, which must be there: the opt-in names the number it is for.
        sets.push("smsOptInPhone = phone");
        conditions.push("attribute_type(phone, :string)");
        values[":string"] = "S";
      }
      try {
        const result = await withRetries(() =>
          tableClient().send(
            new UpdateCommand({
              TableName: tableName(),
              Key: keys.profile(userId),
              UpdateExpression: `SET ${sets.join(", ")}${removes.length ? ` REMOVE ${removes.join(", ")}` : ""}`,
              ConditionExpression: conditions.join(" AND "),
              ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
              ExpressionAttributeValues: values,
              ReturnValues: "ALL_NEW",
              ReturnValuesOnConditionCheckFailure: "ALL_OLD",
            }),
          ),
        );
        return profileFromItem(result.Attributes ?? {});
      } catch (error) {
        if ((error as { name?: string }).name !== "ConditionalCheckFailedException") throw error;
        // The profile exists, so it was the phone that was missing.
        if ((error as { Item?: unknown }).Item) throw smsNeedsPhone();
        return undefined;
      }
    },

    async remove(userId) {
      await withRetries(() => tableClient().send(new DeleteCommand({ TableName: tableName(), Key: keys.profile(userId) })));
    },
  };
}
