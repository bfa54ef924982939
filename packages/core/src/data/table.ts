/**
 * The single DynamoDB table: its key schema, indexes and stream, defined once. The Storage stack builds
 * the AWS table from this object and packages/local creates the local table from it, so they cannot drift.
 *
 * Items (adapters/dynamo/items.ts):
 * | item          | pk / sk                          | index keys                                                                  |
 * |---------------|----------------------------------|-----------------------------------------------------------------------------|
 * | event         | EVENT#<id> / EVENT               | byOwner ADMIN#<sub> / <createdAt>#<id>; byEvent EVENT#<id> / #EVENT          |
 * | public page   | SLUG#<slug> / PAGE               | byPublication PUBLISHED / <startsAt>#<eventId>                              |
 * | slot counter  | SLOT#<slotId> / COUNTER          | byEvent EVENT#<eventId> / #SLOT#<slotId>                                     |
 * | booking       | SLOT#<slotId> / BOOKING#<fanSub> | byOwner FAN#<sub> / <startsAt>#<id>; byEvent EVENT#<eventId> / BOOKING#<startsAt>#<id> |
 * | idempotency   | IDEMPOTENCY#<fanSub>#<key> / IDEMPOTENCY | (expires after a day: expiresAt)                                    |
 * Slot ids are `<eventId>.<suffix>` and booking ids `<slotId>~<fanSub>`, so a key is known from an id.
 *
 * Access patterns (pattern → key or index → DynamoDB calls per request; the route table declares each
 * route's budget and a test holds every route to it):
 *
 * | pattern                                   | key / index                                                       | calls |
 * |-------------------------------------------|-------------------------------------------------------------------|-------|
 * | create an event (slots inside the item)   | conditional Put EVENT#<id>                                        | 1     |
 * | one event with live counts (admin)        | Get EVENT#<id> (consistent) + Query byEvent begins_with #SLOT#    | 2     |
 * | update an event                           | Query byEvent begins_with # (event + counters) + one transaction  | 2     |
 * |                                           | (version-conditional event put, counter pins, public page)        |       |
 * | publish (slug must be unique)             | Get event + transaction (event put, conditional put SLUG#<slug>)  | 2     |
 * | my events, newest first (admin)           | Query byOwner ADMIN#<sub> desc + the page's counters: one BatchGet | 2     |
 * |                                           | (pages hold ≤100 slots) or, for a page of one big event, one Query |       |
 * | bookings of an event, by slot start       | Get event (owner check) + Query byEvent begins_with BOOKING#      | 2     |
 * | published upcoming events, soonest first  | Query byPublication ≥ now−25h (ended ones dropped) + counters, as above | 2 |
 * | public event by slug (+ live counts)      | Get SLUG#<slug> + Query byEvent begins_with #SLOT#                | 2     |
 * | book a slot                               | BatchGet (event, counter, own booking, idempotency record)        | 2     |
 * |                                           | + one transaction: counter +1 if < capacity, booking put if new,  |       |
 * |                                           |   idempotency record put if new (identical retries racing each other |  |
 * |                                           |   may need one more consistent read to find the winner's record)  |       |
 * | cancel a booking                          | one transaction: booking delete if exists, counter −1             | 1     |
 * | one booking / my bookings (fan)           | Get SLOT#/BOOKING# / Query byOwner FAN#<sub>                       | 1     |
 * | delete an event                           | mark deleted, then per slot: close counter, Query bookings (consistent), | per slot |
 * |                                           | cancel them in transactions (each a stream REMOVE → email)        |       |
 *
 * Each slot's counter lives in its own partition (pk = SLOT#<id>), so a rush on one popular event spreads
 * over its slots; the event item is only read while booking. No Scan anywhere.
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
