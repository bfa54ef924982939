import type { PublishedPage } from "../../pages/share-page-publisher";
import { indexKeys, publicPageFromItem } from "../dynamo/items";
import { queryAll } from "../dynamo/reads";

/** Every published event's public page (the byPublication index holds exactly those: past, upcoming, not deleted). */
export async function listPublishedPages(): Promise<PublishedPage[]> {
  const items = await queryAll({ IndexName: "byPublication", KeyConditionExpression: "publishedKey = :published", ExpressionAttributeValues: { ":published": indexKeys.published } });
  return items.map(publicPageFromItem).filter((page): page is PublishedPage => page !== undefined);
}
