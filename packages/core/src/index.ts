export * from "./errors";
export * from "./config";
export * from "./data/table";
export * from "./users/accounts";
export type * from "./users/identity-provider";
export { cognitoIdentity } from "./adapters/cognito/cognito-identity";
export { cognitoClient } from "./adapters/aws-clients";
export * from "./users/code-email";
export * from "./events/events";
export { createEventReads, type EventReads } from "./events/event-reads";
export { createEventWrites, type EventWrites } from "./events/event-writes";
export { createEventPublishing, type EventPublishing } from "./events/event-publishing";
export { createEventRemoval, type EventRemoval } from "./events/event-removal";
export * from "./events/records";
export type * from "./events/event-store";
export * from "./bookings/bookings";
export { createBookingCalendar, type BookingCalendar } from "./bookings/calendar";
export type * from "./bookings/records";
export type * from "./bookings/booking-store";
export { newId } from "./ids";
export { dynamoEventStore } from "./adapters/dynamo/dynamo-event-store";
export { dynamoBookingStore } from "./adapters/dynamo/dynamo-booking-store";
export { dynamoProfileStore } from "./adapters/dynamo/dynamo-profile-store";
export type * from "./users/profile-store";
export * from "./users/confirmed-account";
export {
  awsCallsDirEnv,
  budgetedServices,
  countAwsCalls,
  iamCallsOf,
  noCalls,
  recordAwsCalls,
  recordPartitionsEnv,
  runAsFunction,
  type AwsCallCount,
  type BudgetedService,
  type RecordedCall,
} from "./adapters/dynamo/call-counter";
export type { PartitionTouch } from "./adapters/dynamo/partition-touches";
export * from "./notifications/notifier";
export { composeMessage, type MessageKind, type OutgoingMail } from "./notifications/messages";
export { calendarInvite, inviteSequence, inviteUid } from "./notifications/calendar-invite";
export { withEventDetails } from "./notifications/booking-details";
export { sesMailSender } from "./adapters/ses/ses-mail-sender";
export { dynamoSentMailLog } from "./adapters/dynamo/dynamo-sent-mail-log";
export { bookingChangeOf, eventRevisionOf, type BookingChange, type EventRevision } from "./adapters/dynamo/stream-records";
export { dynamoBookingDetails } from "./adapters/dynamo/dynamo-booking-details";
export { itemType } from "./adapters/dynamo/items";
export * from "./waitlist/waitlist";
export * from "./waitlist/offer-window";
export { waitlistIdOf, parseWaitlistId, type WaitlistEntryRecord } from "./waitlist/records";
export type * from "./waitlist/waitlist-store";
export { dynamoWaitlistStore } from "./adapters/dynamo/dynamo-waitlist-store";
