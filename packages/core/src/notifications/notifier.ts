import type { BookingRecord } from "../bookings/records";
import { DomainError } from "../errors";
import type { EventStore } from "../events/event-store";
import type { IdentityProvider } from "../users/identity-provider";
import { composeMessage, type MessageContext, type MessageKind, type OutgoingMail } from "./messages";

/** The port to the mail service (SES in AWS, aws-ses-v2-local here). */
export interface MailSender {
  send(mail: OutgoingMail, from: string): Promise<void>;
}

/**
 * Which emails went out, so a retried stream record never sends one twice. `claim` answers "go" (send it
 * now), "done" (already sent) or "busy" (another attempt holds a fresh claim: try later). A claim older
 * than the lease is taken over: an attempt that died mid-send may then repeat one email, but none is lost.
 */
export interface SentMailLog {
  claim(bookingKey: string, kind: MessageKind): Promise<"go" | "done" | "busy">;
  markSent(bookingKey: string, kind: MessageKind): Promise<void>;
  release(bookingKey: string, kind: MessageKind): Promise<void>;
}

export class RetryLater extends Error {}

/** Booking emails, driven by the table's stream: each booking change → a message to the fan and one to the organiser. */
export function createNotifier(deps: {
  mail: MailSender;
  sentLog: SentMailLog;
  events: Pick<EventStore, "get">;
  directory: Pick<IdentityProvider, "getUser">;
  siteUrl: string;
  sender: string;
}) {
  async function deliver(kind: MessageKind, context: MessageContext) {
    const bookingKey = `${context.booking.id}#${context.booking.createdAt}`;
    const claim = await deps.sentLog.claim(bookingKey, kind);
    if (claim === "done") return;
    if (claim === "busy") throw new RetryLater(`${kind} for ${context.booking.id} is being sent by another attempt`);
    try {
      await deps.mail.send(composeMessage(kind, context), deps.sender);
    } catch (error) {
      await deps.sentLog.release(bookingKey, kind);
      throw error;
    }
    await deps.sentLog.markSent(bookingKey, kind);
  }

  /** The organiser, or none when their account is gone (the fan is still told; nobody else is). */
  async function organiserOf(booking: BookingRecord) {
    try {
      const admin = await deps.directory.getUser(booking.adminUsername);
      return { name: admin.name || "The organiser", email: admin.email };
    } catch (error) {
      if (error instanceof DomainError && error.code === "UNAUTHORIZED") return undefined;
      throw error;
    }
  }

  async function contextOf(booking: BookingRecord) {
    const [event, organiser] = await Promise.all([deps.events.get(booking.eventId), organiserOf(booking)]);
    const context: MessageContext = {
      booking,
      description: event?.description ?? "",
      organizer: organiser ?? { name: "Slotbook", email: deps.sender },
      siteUrl: deps.siteUrl,
      cancelledBy: !event || event.deletedAt ? "organiser" : "fan",
    };
    return { context, hasOrganiser: organiser !== undefined };
  }

  /** Both messages are attempted; if either fails the whole change is retried (the sent one is then skipped). */
  async function deliverBoth([toFan, toOrganiser]: [MessageKind, MessageKind], booking: BookingRecord) {
    const { context, hasOrganiser } = await contextOf(booking);
    const kinds = hasOrganiser ? [toFan, toOrganiser] : [toFan];
    const results = await Promise.allSettled(kinds.map((kind) => deliver(kind, context)));
    const failed = results.find((result): result is PromiseRejectedResult => result.status === "rejected");
    if (failed) throw failed.reason;
  }

  return {
    bookingCreated: (booking: BookingRecord) => deliverBoth(["fan-confirmation", "admin-booking"], booking),
    bookingRemoved: (booking: BookingRecord) => deliverBoth(["fan-cancellation", "admin-cancellation"], booking),
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
