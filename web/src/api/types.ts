/** The API's shapes, as in API.md. Instants are ISO strings in UTC; dates and HH:MM times are in `timezone`. */
export interface PublicSlot {
  id: string;
  startTime: string;
  endTime: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  available: number;
}

export interface Slot extends PublicSlot {
  bookedCount: number;
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

/** Where an event happens: a venue and/or an online link (events gain it in a later change of the API). */
export interface EventLocation {
  name?: string;
  address?: string;
  url?: string;
}

export interface PublicEvent {
  slug: string;
  title: string;
  description: string;
  date: string;
  timezone: string;
  location?: EventLocation | null;
  slots: PublicSlot[];
}

export interface AdminEvent {
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

export interface EventInput {
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
  event: { title: string; slug: string; date: string; timezone: string };
  startsAt: string;
  endsAt: string;
  fanName: string;
  fanEmail: string;
  fanPhone: string | null;
  status: "confirmed" | "cancelled";
  createdAt: string;
}

export interface Profile {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  role: "admin" | "fan";
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}
