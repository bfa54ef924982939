/**
 * The single DynamoDB table: its key schema, indexes and stream, defined once. The Storage stack builds
 * the AWS table from this object and packages/local creates the local table from it, so they cannot drift.
 *
 * Items (adapters/dynamo/items.ts):
 * | item          | pk / sk                          | index keys                                       |
 * |---------------|----------------------------------|--------------------------------------------------|
 * | event         | EVENT#<id> / EVENT               | byOwner ADMIN#<sub> / <createdAt>#<id>           |
 * | public page   | SLUG#<slug> / PAGE               | byPublication PUBLISHED / <startsAt>#<eventId>   |
 * | slot counter  | SLOT#<slotId> / COUNTER          | none (read by key); carries the slot's copy of what booking needs of its event |
 * | booking       | SLOT#<slotId> / BOOKING#<fanSub> | byOwner FAN#<sub> / <startsAt>#<id>              |
 * | profile       | USER#<sub> / PROFILE             | none                                             |
 * | idempotency   | IDEMPOTENCY#<fanSub>#<key> / IDEMPOTENCY | (expires after a day: expiresAt)         |
 * | fan's limit   | USER#<sub> / LIMIT#<eventId>     | none (how many of the event's slots the fan holds) |
 * | waitlist entry| SLOT#<slotId> / WAIT#<fanSub>    | byOwner FAN#<sub> / WAIT#<joinedAt>#<id>; while offered, byDue DUE#<hour> / <expiresAt>#<id> |
 * | moved away    | SLOT#<slotId> / MOVED#<fanSub>#<createdAt> | none (written by a move with the removal, so the notifier sends no cancellation; expires) |
 * | reminder due  | SLOT#<slotId> / REMIND#<dueAt>#<minutes> | byDue DUE#<hour>#REMINDERS / <dueAt>#<slotId>#<minutes> (until sent; expires a day after the slot) |
 * | sign-in code  | SIGNIN#<email> / CODE            | none (the code's hash, sends and wrong guesses, a lock; expires a day after its last use) |
 * | sent marker   | EMAIL#<bookingId>#<createdAt> / <kind> | none (one per email or text sent, e.g. fan-confirmation, sms-confirmation; expires) |
 * Slot ids are `<eventId>.<suffix>` and booking ids `<slotId>~<fanSub>`, so a key is known from an id.
 *
 * Access patterns (pattern → key or index → DynamoDB calls per request; the route table declares each
 * route's budget and a test holds every route to it):
 *
 * | pattern                                   | key / index                                                       | calls |
 * |-------------------------------------------|-------------------------------------------------------------------|-------|
 * | create an event (slots inside the item)   | conditional Put EVENT#<id>                                        | 1     |
 * | one event with live counts (admin)        | Get EVENT#<id> (consistent) + BatchGet its counters by key        | 2 (3 past 100 slots) |
 * | update an event                           | Get event + one transaction (version-conditional event put,       | 2 + one per slot |
 * |                                           | counter pins, public page) + (published) copy onto each counter   |       |
 * | publish (slug must be unique)             | Get event + transaction (event put, conditional put SLUG#<slug>)  | 2 + one per slot |
 * |                                           | + open each slot's counter (its copy of the event)                |       |
 * | my events, newest first (admin)           | Query byOwner ADMIN#<sub> desc + the page's counters by key       | 2 (3 for one event past 100 slots) |
 * | bookings of an event, by slot start       | Get event (owner check) + Query each slot's SLOT#<id> BOOKING#     | 1 + one per slot |
 * | published upcoming events, soonest first  | Query byPublication ≥ now−25h (ended ones dropped) + counters by key | 2 (3) |
 * | public event by slug (+ live counts)      | Get SLUG#<slug> + BatchGet its counters by key                    | 2 (3) |
 * | book a slot                               | BatchGet (the slot's counter and the fan's booking, profile,      | 2     |
 * |                                           |   idempotency record: never the event's item)                     |       |
 * |                                           | + one transaction: counter +1 if open and < capacity, booking put |       |
 * |                                           |   if new, idempotency record put if new (identical retries racing |       |
 * |                                           |   each other may need one more consistent read)                   |       |
 * | cancel a booking                          | Get the booking (its seats) + one transaction: booking delete,    | 2     |
 * |                                           |   counter −seats, the fan's per-event count −1                    |       |
 * | join a waitlist / leave it                | one transaction: entry put if new, the slot's waiting count +1    | 1–2   |
 * | offer a vacancy (stream, when seats free) | Query the slot's WAIT# + per offer one transaction: seats held on | 1 + per offer |
 * |                                           |   the counter, entry waiting → offered (byDue)                    |       |
 * | claim an offer                            | Get entry + one transaction: entry offered → claimed if unexpired,| 2     |
 * |                                           |   held → booked on the counter, booking put, per-fan count        |       |
 * | expire offers (every minute)              | Query byDue for the hours up to now + per offer one transaction   | per offer |
 * | one booking / my bookings (fan)           | Get SLOT#/BOOKING# / Query byOwner FAN#<sub>                       | 1     |
 * | move a booking to another slot (fan)      | BatchGet (the booking, the target's counter, the fan's booking of | 2     |
 * |                                           |   it) + one transaction: booking delete, old counter −seats       |       |
 * |                                           |   (vacated), MOVED# marker put, new booking put if absent, new    |       |
 * |                                           |   counter +seats if open and room (per-fan count unchanged)       |       |
 * | schedule reminders (publish, update)      | per open slot, after its counter: one Put per reminder (≤ 5)      | per slot |
 * | send due reminders (every minute)         | Query byDue DUE#<hour>#REMINDERS for the hours up to now; per due | per reminder |
 * |                                           |   item: Get the counter (still wanted?), Query SLOT#<id> BOOKING#,|       |
 * |                                           |   per booking a sent-marker claim; Delete the item when done      |       |
 * | see / release a booking by its link       | Get SLOT#/BOOKING# / + the cancel's transaction                   | 1 / 2 |
 * | ask for a sign-in code                    | conditional Update SIGNIN#<email> (a fresh window, else one more send) | 1–2 |
 * | sign in with a code                       | conditional Update (count the guess) + conditional Update (use it up, | 2–3 |
 * |                                           |   leave the proof) + a new fan's profile; the pool's verify trigger: |       |
 * |                                           |   one conditional Update (redeem the proof)                        |       |
 * | opt in to SMS                             | Get USER#<sub>/PROFILE (a phone?) + conditional Update             | 2     |
 * | delete an event                           | mark deleted, then per slot: close counter, Query bookings (consistent), | per slot |
 * |                                           | cancel them in transactions (each a stream REMOVE → email)        |       |
 *
 * The booking path is slot-local: a booking, cancel or claim reads and writes only the slot's own partition
 * (SLOT#<id>; a move, its two slots') and the fan's own items (USER#, IDEMPOTENCY#, and the fan's byOwner FAN#<sub> entry). Nothing
 * event-wide: no event item read, no index partition of the event written. What a booking needs of the
 * event (published, times, title, organiser) is copied onto each slot's counter when the event is published
 * or changed. So a rush on one popular event spreads over its slots. No Scan anywhere.
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
    { name: "byPublication", partitionKey: { name: "publishedKey", type: "S" }, sortKey: { name: "publishedSort", type: "S" } },
    // Work due at a time (waitlist offers expiring; reminders, in buckets of their own), bucketed by hour: a sweep reads the buckets up to now.
    { name: "byDue", partitionKey: { name: "dueKey", type: "S" }, sortKey: { name: "dueSort", type: "S" } },
  ],
  stream: "NEW_AND_OLD_IMAGES",
  timeToLiveAttribute: "expiresAt",
} as const satisfies TableDefinition;

export type IndexName = (typeof tableDefinition.globalIndexes)[number]["name"];
