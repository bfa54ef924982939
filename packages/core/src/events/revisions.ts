import type { EventRecord } from "./records";
import { canonicalTimeZone } from "./time";

const zoneOf = (event: EventRecord) => canonicalTimeZone(event.timezone) ?? event.timezone;
/** A location as fans read it: its parts in a fixed order (none and an empty one are the same). */
const whereOf = (event: EventRecord) => JSON.stringify([event.location?.name ?? "", event.location?.address ?? "", event.location?.url ?? ""]);

/** Whether a fan of this slot would see the change: its title, date, zone, location or the slot's times. */
export function changedFor(slotId: string, before: EventRecord, after: EventRecord): boolean {
  const slotBefore = before.slots.find((slot) => slot.id === slotId);
  const slotAfter = after.slots.find((slot) => slot.id === slotId);
  if (!slotBefore || !slotAfter) return false;
  return (
    before.title !== after.title ||
    before.date !== after.date ||
    zoneOf(before) !== zoneOf(after) ||
    whereOf(before) !== whereOf(after) ||
    slotBefore.startsAt !== slotAfter.startsAt ||
    slotBefore.endsAt !== slotAfter.endsAt
  );
}

/**
 * Whether an update changes what booked fans were told (title, date, time zone, location, a kept slot's
 * times), so the event's revision goes up and each affected fan gets an updated invite.
 */
export function revises(before: EventRecord, after: EventRecord): boolean {
  return before.slots.some((slot) => changedFor(slot.id, before, after));
}
