/** The API's shapes, as in API.md. Instants are ISO strings in UTC; dates and HH:MM times are in `timezone`. */
export interface PublicSlot {
  id: string;
  startTime: string;
  endTime: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  /** Seats a booking can take now: capacity less booked seats and seats held for waitlist offers. */
  available: number;
  /** Fans waiting for this slot (a newcomer would be this + 1). */
  waitlistLength: number;
}

export interface Slot extends PublicSlot {
  bookedCount: number;
  /** Seats held for live waitlist offers. */
  heldCount: number;
}

/** When and how an event can be booked (all events carry these; the defaults: open at publish, no limit, 1 seat, a waitlist). */
export interface OnSale {
  /** Before it, booking answers 409 NOT_OPEN_YET; null: open since publishing. */
  bookingOpensAt: string | null;
  /** From it, booking answers 409 BOOKING_CLOSED; null: each slot closes at its start. */
  bookingClosesAt: string | null;
  /** How many of the event's slots one fan may hold at once; null: no limit. */
  maxBookingsPerFan: number | null;
  /** Seats one booking may take. */
  maxPartySize: number;
  /** Whether fans can queue for a full slot. */
  waitlist: boolean;
}

export interface PublicEventSummary {
  slug: string;
  title: string;
  description: string;
  date: string;
  timezone: string;
  startsAt: string;
  slotsAvailable: number;
}

/** Where an event happens: a venue and/or an online link (at least one part; null on an event: none). */
export interface EventLocation {
  name?: string;
  address?: string;
  /** An http(s) link: a stream or a meeting. */
  url?: string;
}

export type QuestionType = "text" | "choice" | "checkbox";

/** A question fans answer when booking; answers are keyed by its id. */
export interface Question {
  id: string;
  label: string;
  type: QuestionType;
  /** A required checkbox must be ticked. */
  required: boolean;
  /** choice only. */
  options?: string[];
  /** choice only: the answer is a list of options. */
  multiple?: boolean;
}

/** A question as the organiser sends it: a new one has no id yet (the API gives it one). */
export type QuestionInput = Omit<Question, "id"> & { id?: string };

/** Answers by question id: text or one option, a list of options, or a tick. */
export type Answers = Record<string, string | string[] | boolean>;

/** What every event tells fans beyond its times. */
export interface EventDetails {
  location: EventLocation | null;
  questions: Question[];
}

/** (`location` and `questions` may be missing on a share page rendered before events had them.) */
export interface PublicEvent extends OnSale, Partial<EventDetails> {
  slug: string;
  title: string;
  description: string;
  date: string;
  timezone: string;
  slots: PublicSlot[];
}

export interface AdminEvent extends OnSale, EventDetails {
  /** Minutes before each slot's start at which booked fans are reminded (latest first). */
  reminders: number[];
  id: string;
  title: string;
  description: string;
  date: string;
  timezone: string;
  slug: string | null;
  isPublished: boolean;
  publishedAt: string | null;
  slots: Slot[];
  createdAt: string;
  updatedAt: string;
}

export interface SlotInput {
  id?: string;
  startTime: string;
  endTime: string;
  capacity: number;
}

export interface EventInput extends Partial<OnSale> {
  reminders?: number[];
  location?: EventLocation | null;
  questions?: QuestionInput[];
  title: string;
  description: string;
  date: string;
  timezone: string;
  slots: SlotInput[];
}

export interface Booking {
  id: string;
  slotId: string;
  eventId: string;
  event: { title: string; slug: string; date: string; timezone: string; location?: EventLocation };
  startsAt: string;
  endsAt: string;
  fanName: string;
  fanEmail: string;
  fanPhone: string | null;
  seats: number;
  answers: Answers;
  status: "confirmed" | "cancelled";
  checkedInAt: string | null;
  createdAt: string;
}

export type WaitlistStatus = "waiting" | "offered" | "claimed" | "expired" | "left";

/** A fan's place on a slot's waitlist. `position`: 1 for the next to be offered seats, 0 once not waiting. */
export interface WaitlistEntry {
  id: string;
  slotId: string;
  eventId: string;
  seats: number;
  position: number;
  status: WaitlistStatus;
  /** While offered: until when the seats are held for this fan. */
  offerExpiresAt: string | null;
  createdAt: string;
  event: { title: string; slug: string; date: string; timezone: string };
  startsAt: string;
  endsAt: string;
}

/** The organiser's view of one slot's waitlist: who waits, in order, and whose offer is live. */
export interface SlotWaitlist {
  slotId: string;
  startsAt: string;
  entries: Array<{ id: string; fanName: string; seats: number; status: WaitlistStatus; position: number; offerExpiresAt: string | null; createdAt: string }>;
}

export interface Profile {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  /** Booking confirmations, reminders and waitlist offers also by text, to `phone`. */
  smsOptIn: boolean;
  /** The language of the account's emails and texts. */
  locale: "en" | "de";
  role: "admin" | "fan";
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}
