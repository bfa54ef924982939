import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { AttributeValue, DynamoDBRecord } from "aws-lambda";
import type { PublishedPage } from "../../pages/share-page-publisher";
import { itemType, publicPageFromItem } from "../dynamo/items";

/** What a table stream record asks of the share-page publisher. */
export type SharePageChange = { change: "publish"; slug: string; page: PublishedPage } | { change: "remove"; slug: string };

const image = (value: Record<string, AttributeValue> | undefined) => (value ? unmarshall(value as Parameters<typeof unmarshall>[0]) : undefined);

/**
 * A public page item's stream record → render its page (published, or changed in a way the page shows) or take
 * it down (the item is gone, or marked `deleted` when its event was deleted); undefined for any other item
 * and for a rewrite that changes nothing on the page.
 */
export function sharePageChangeOf(record: DynamoDBRecord): SharePageChange | undefined {
  const after = image(record.dynamodb?.NewImage);
  const before = image(record.dynamodb?.OldImage);
  if ((after ?? before)?.itemType !== itemType.publicPage) return undefined;
  const slug = String((after ?? before)!.slug);
  if (record.eventName === "REMOVE" || !after || after.deleted) return { change: "remove", slug };
  const page = publicPageFromItem(after) as PublishedPage;
  const previous = before && !before.deleted ? (publicPageFromItem(before) as PublishedPage) : undefined;
  if (record.eventName === "MODIFY" && previous && JSON.stringify(sortKeys(previous)) === JSON.stringify(sortKeys(page))) return undefined;
  return { change: "publish", slug, page };
}

const sortKeys = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(sortKeys) : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortKeys(v)])) : value;
