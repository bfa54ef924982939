/**
 * The single DynamoDB table: its key schema, indexes and stream, defined once. The Storage stack builds
 * the AWS table from this object and packages/local creates the local table from it, so they cannot drift.
 *
 * Access patterns (pattern → key or index → DynamoDB calls per request):
 *
 * | pattern                               | key / index                                                        | calls |
 * |---------------------------------------|--------------------------------------------------------------------|-------|
 * | event by id (admin)                   | byEvent: eventKey = EVENT#<id>, eventSort between #EVENT and SLOT#~ | 1 Query (event + its slots) |
 * | my events, newest first (admin)       | byOwner: ownerKey = ADMIN#<sub>, ownerSort = <createdAt> desc      | 1 Query |
 * | bookings of an event by slot start    | byEvent: eventKey = EVENT#<id>, eventSort begins_with BOOKING#     | 1 Query |
 * | published upcoming events, soonest    | byPublication: publishedKey = PUBLISHED, publishedSort >= today    | 1 Query |
 * | public event by slug (+ slots)        | pk = SLUG#<slug> → eventId; then byEvent as above                  | 1 Get + 1 Query |
 * | one slot (for booking)                | pk = SLOT#<id>, sk = SLOT                                          | 1 Get |
 * | book a slot                           | slot counter (own partition) + booking item, one transaction       | 1 TransactWrite |
 * | cancel a booking                      | the mirror image                                                   | 1 Get + 1 TransactWrite |
 * | my bookings, soonest first (fan)      | byOwner: ownerKey = FAN#<sub>, ownerSort = <startsAt>#<bookingId>  | 1 Query |
 * | one booking                           | pk = BOOKING#<id>, sk = BOOKING                                    | 1 Get |
 * | publish (slug must be unique)         | conditional put of SLUG#<slug> + event update, one transaction     | 1 TransactWrite |
 *
 * Each slot's counter lives in its own partition (pk = SLOT#<id>), so a rush on one popular event spreads
 * over its slots. No Scan anywhere.
 */
export interface KeyAttribute {
  name: string;
  type: "S" | "N";
}

export interface IndexDefinition {
  name: string;
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
}

export interface TableDefinition {
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
  globalIndexes: IndexDefinition[];
  stream: "NEW_AND_OLD_IMAGES";
  /** Items with this epoch-seconds attribute expire (idempotency records, email markers). */
  timeToLiveAttribute: string;
}

export const tableDefinition = {
  partitionKey: { name: "pk", type: "S" },
  sortKey: { name: "sk", type: "S" },
  globalIndexes: [
    { name: "byOwner", partitionKey: { name: "ownerKey", type: "S" }, sortKey: { name: "ownerSort", type: "S" } },
    { name: "byEvent", partitionKey: { name: "eventKey", type: "S" }, sortKey: { name: "eventSort", type: "S" } },
    { name: "byPublication", partitionKey: { name: "publishedKey", type: "S" }, sortKey: { name: "publishedSort", type: "S" } },
  ],
  stream: "NEW_AND_OLD_IMAGES",
  timeToLiveAttribute: "expiresAt",
} as const satisfies TableDefinition;

export type IndexName = (typeof tableDefinition.globalIndexes)[number]["name"];
