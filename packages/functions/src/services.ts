import { cognitoClient } from "@slotbook/core/adapters/aws-clients";
import { cognitoIdentity } from "@slotbook/core/adapters/cognito/cognito-identity";
import { dynamoBookingStore } from "@slotbook/core/adapters/dynamo/dynamo-booking-store";
import { dynamoEventStore } from "@slotbook/core/adapters/dynamo/dynamo-event-store";
import { dynamoProfileStore } from "@slotbook/core/adapters/dynamo/dynamo-profile-store";
import { createBookings, type Bookings } from "@slotbook/core/bookings/bookings";
import { dynamoBookingMoves } from "@slotbook/core/adapters/dynamo/dynamo-booking-moves";
import { createBookingMoves, type BookingMoves } from "@slotbook/core/bookings/move";
import { createReleases, type Releases } from "@slotbook/core/reminders/releases";
import { createBookingCalendar, type BookingCalendar } from "@slotbook/core/bookings/calendar";
import { createCheckIns, type CheckIns } from "@slotbook/core/bookings/check-in";
import { dynamoCheckIns } from "@slotbook/core/adapters/dynamo/dynamo-check-ins";
import { setting } from "@slotbook/core/config";
import { createEventReads, type EventReads } from "@slotbook/core/events/event-reads";
import { createEventPublishing, type EventPublishing } from "@slotbook/core/events/event-publishing";
import { createEventRemoval, type EventRemoval } from "@slotbook/core/events/event-removal";
import { createEventWrites, type EventWrites } from "@slotbook/core/events/event-writes";
import { newId } from "@slotbook/core/ids";
import { createAccounts, type Accounts } from "@slotbook/core/users/accounts";
import { createCodeRequests, createCodeSignIn, type CodeRequests, type CodeSignIn } from "@slotbook/core/users/passwordless";
import { dynamoSignInCodes } from "@slotbook/core/adapters/dynamo/dynamo-sign-in-codes";
import { sesPlainMailSender } from "@slotbook/core/adapters/ses/ses-plain-mail-sender";
import type { IdentityProvider } from "@slotbook/core/users/identity-provider";
import type { ProfileStore } from "@slotbook/core/users/profile-store";
import { dynamoWaitlistStore } from "@slotbook/core/adapters/dynamo/dynamo-waitlist-store";
import { parseOfferWindows } from "@slotbook/core/waitlist/offer-window";
import { createWaitlist, type Waitlist } from "@slotbook/core/waitlist/waitlist";

/**
 * The core services a Lambda uses, wired to their AWS adapters once per container (lazily, on first use).
 * Each handler imports only the wiring it calls, and each wiring imports only its own adapters, so a
 * function's bundle carries no client it never uses (the credential routes no DynamoDB client, the event
 * routes no Cognito client).
 */
let identityProvider: IdentityProvider | undefined;
const identity = () => (identityProvider ??= cognitoIdentity(cognitoClient(), { userPoolId: setting("userPoolId"), clientId: setting("userPoolClientId") }));

let accountsService: Accounts | undefined;
/** Accounts with their profiles in the table: the profile routes. */
export const accounts = (): Accounts => (accountsService ??= createAccounts(identity(), dynamoProfileStore()));

/** What the credential routes do (sign-up, confirmation, sign-in, tokens, passwords): the directory alone. */
export type Credentials = Omit<Accounts, "copyFromDirectory" | "profile" | "updateProfile" | "createConfirmed">;

/** Never reached through `Credentials` (its type has no profile method); a guard should that change. */
const noProfileStore = () => Promise.reject(new Error("The credential routes have no profile store (use accounts() for profiles)."));
const noProfiles: ProfileStore = { get: noProfileStore, save: noProfileStore, update: noProfileStore, remove: noProfileStore };

let credentialsService: Credentials | undefined;
/** The credential routes' accounts: Cognito only, so their bundles carry no table client. */
export const credentials = (): Credentials => (credentialsService ??= createAccounts(identity(), noProfiles));

let codeRequestsService: CodeRequests | undefined;
/** Asking for a sign-in code: the email's code record in the table, its account's groups, SES for the email. */
export const codeRequests = (): CodeRequests =>
  (codeRequestsService ??= createCodeRequests({ identity: identity(), codes: dynamoSignInCodes(), mail: sesPlainMailSender(), sender: setting("senderEmail") }));

let codeSignInService: CodeSignIn | undefined;
/** Signing in with the code: its record, Cognito for the account and its tokens, a new fan's profile (no mail client). */
export const codeSignIn = (): CodeSignIn => (codeSignInService ??= createCodeSignIn({ identity: identity(), codes: dynamoSignInCodes(), profiles: dynamoProfileStore() }));

let eventReadsService: EventReads | undefined;
/** Reading events (an admin's own, the public ones): no schedule planning, time-zone checks or slugs in its routes. */
export const eventReads = (): EventReads => (eventReadsService ??= createEventReads(dynamoEventStore()));

let eventWritesService: EventWrites | undefined;
/** Creating and changing events. */
export const eventWrites = (): EventWrites => (eventWritesService ??= createEventWrites(dynamoEventStore(), { newEventId: newId }));

let eventPublishingService: EventPublishing | undefined;
/** Publishing events: their slugs and public pages. */
export const eventPublishing = (): EventPublishing => (eventPublishingService ??= createEventPublishing(dynamoEventStore()));

let eventRemovalService: EventRemoval | undefined;
/** Deleting events: no schedules, zones or slugs. */
export const eventRemoval = (): EventRemoval => (eventRemovalService ??= createEventRemoval(dynamoEventStore()));

let bookingsService: Bookings | undefined;
export const bookings = (): Bookings => (bookingsService ??= createBookings(dynamoBookingStore(), dynamoEventStore()));

let checkInsService: CheckIns | undefined;
/** Marking arrivals at the door: the event (its owner) and the booking's own item. */
export const checkIns = (): CheckIns => (checkInsService ??= createCheckIns(dynamoCheckIns(), dynamoEventStore()));

let bookingCalendarService: BookingCalendar | undefined;
/** A booking as a calendar invite: its route alone carries the invite builder. */
export const bookingCalendar = (): BookingCalendar => (bookingCalendarService ??= createBookingCalendar(dynamoBookingStore(), dynamoProfileStore()));

let bookingMovesService: BookingMoves | undefined;
/** Moving a booking to another slot of its event: its route alone carries the move. */
export const bookingMoves = (): BookingMoves => (bookingMovesService ??= createBookingMoves(dynamoBookingMoves()));

let releasesService: Releases | undefined;
/** Releasing a seat through a reminder's signed link (no sign-in), checked with the stage's release-link key. */
export const releases = (): Releases => (releasesService ??= createReleases(dynamoBookingStore(), { secret: () => setting("releaseLinkSecret") }));

let waitlistService: Waitlist | undefined;
/** Offer windows per stage: WAITLIST_OFFER_WINDOWS ("secondsBefore:windowSeconds,…"), else the defaults. */
export const waitlist = (): Waitlist =>
  (waitlistService ??= createWaitlist(dynamoWaitlistStore(), dynamoEventStore(), { offerWindows: parseOfferWindows(process.env.WAITLIST_OFFER_WINDOWS) }));
