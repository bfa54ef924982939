import type { PublicEventRecord } from "./event-store";
import { detailsOf, freeSeats, onSaleOf, remindersOf, type EventRecord, type SlotCounter, type SlotDefinition } from "./records";
import type { EventView, PublicEventSummary, PublicEventView, PublicSlotView, SlotView } from "@slotbook/contract";

/**
 * A slot as the API shows it: the event's definition (every update writes it and the counter's capacity in
 * one transaction) with its counter's live count (no counter yet means nobody has booked it).
 */
export function slotView(slot: SlotDefinition, counter: SlotCounter | undefined): SlotView {
  const bookedCount = counter?.bookedCount ?? 0;
  const heldCount = counter?.heldCount ?? 0;
  const capacity = slot.capacity;
  return {
    id: slot.id,
    startTime: slot.startTime,
    endTime: slot.endTime,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    capacity,
    bookedCount,
    heldCount,
    available: Math.max(0, freeSeats({ capacity, bookedCount, heldCount })),
    waitlistLength: counter?.waitingCount ?? 0,
  };
}

export function publicSlotView(slot: SlotDefinition, counter: SlotCounter | undefined): PublicSlotView {
  const { bookedCount: _booked, heldCount: _held, ...view } = slotView(slot, counter);
  return view;
}

export function eventView(event: EventRecord, counters: Map<string, SlotCounter>): EventView {
  return {
    id: event.id,
    title: event.title,
    description: event.description,
    date: event.date,
    timezone: event.timezone,
    slug: event.slug,
    isPublished: event.isPublished,
    publishedAt: event.publishedAt,
    slots: event.slots.map((slot) => slotView(slot, counters.get(slot.id))),
    ...onSaleOf(event),
    ...detailsOf(event),
    reminders: remindersOf(event),
    createdAt: event.createdAt,
    updatedAt: event.updatedAt,
  };
}

/** What every public view of an event says about it. */
const publicHeader = (page: PublicEventRecord) => ({ slug: page.slug, title: page.title, description: page.description, date: page.date, timezone: page.timezone });

export function publicEventView(page: PublicEventRecord, counters: Map<string, SlotCounter>): PublicEventView {
  return { ...publicHeader(page), slots: page.slots.map((slot) => publicSlotView(slot, counters.get(slot.id))), ...onSaleOf(page), ...detailsOf(page) };
}

/**
 * `startsAt`: when its next slot starts (one already under way is no longer on offer); `slotsAvailable`: how
 * many of the slots that have not started yet still have a seat.
 */
export function publicEventSummary(page: PublicEventRecord, counters: Map<string, SlotCounter>, now: Date): PublicEventSummary {
  const upcoming = page.slots.filter((slot) => Date.parse(slot.startsAt) > now.getTime());
  return {
    ...publicHeader(page),
    startsAt: upcoming.reduce((soonest, slot) => (slot.startsAt < soonest ? slot.startsAt : soonest), upcoming[0]?.startsAt ?? page.startsAt),
    slotsAvailable: upcoming.filter((slot) => slotView(slot, counters.get(slot.id)).available > 0).length,
  };
}

export function publicPageOf(event: EventRecord, slug: string): PublicEventRecord {
  return {
    slug,
    eventId: event.id,
    title: event.title,
    description: event.description,
    date: event.date,
    timezone: event.timezone,
    slots: event.slots,
    ...onSaleOf(event),
    ...detailsOf(event),
    startsAt: event.slots[0]!.startsAt,
    endsAt: event.slots.reduce((latest, slot) => (slot.endsAt > latest ? slot.endsAt : latest), event.slots[0]!.endsAt),
  };
}
