import {
  cognitoClient,
  cognitoIdentity,
  setting,
  dynamoProfileStore,
  createAccounts,
  createBookings,
  createEvents,
  dynamoBookingStore,
  dynamoEventStore,
  newId,
  type Accounts,
  type Bookings,
  type Events,
  type IdentityProvider,
} from "@slotbook/core";

/** The core services a Lambda uses, wired to their AWS adapters once per container (lazily, on first use). */
let identityProvider: IdentityProvider | undefined;
const identity = () => (identityProvider ??= cognitoIdentity(cognitoClient(), { userPoolId: setting("userPoolId"), clientId: setting("userPoolClientId") }));

let accountsService: Accounts | undefined;
export const accounts = (): Accounts => (accountsService ??= createAccounts(identity(), dynamoProfileStore()));

let eventsService: Events | undefined;
export const events = (): Events => (eventsService ??= createEvents(dynamoEventStore(), { newEventId: newId }));

let bookingsService: Bookings | undefined;
export const bookings = (): Bookings => (bookingsService ??= createBookings(dynamoBookingStore(), dynamoEventStore(), dynamoProfileStore()));
