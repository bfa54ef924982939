import { DomainError } from "../errors";
import { newQuestionId, newSlotId } from "../ids";
import { eventNotFound, liveCounts, type Organiser } from "./event-reads";
import type { EventStore, SlotChange } from "./event-store";
import { detailsOf, onSaleOf, remindersOf, type EventRecord, type SlotDefinition } from "./records";
import type { QuestionInput, Question, CreateEventInput, UpdateEventInput } from "@slotbook/contract";
import { revises } from "./revisions";
import { planSchedule, type SlotPlan } from "./schedule";
import { eventView, publicPageOf } from "./views";

const onSaleKeys = ["bookingOpensAt", "bookingClosesAt", "maxBookingsPerFan", "maxPartySize", "waitlist"] as const;
/** The fields an update sends (null included: it clears a setting), and none it leaves out. */
const definedOnly = <T extends object, K extends keyof T>(input: T, keys: readonly K[]): Partial<Pick<T, K>> =>
  Object.fromEntries(keys.filter((key) => input[key] !== undefined).map((key) => [key, input[key]])) as Partial<Pick<T, K>>;

const maxSlotChanges = 98;

/** Each new question gets an id of its own; a question sent with its id keeps it (and the answers given to it). */
const withIds = (questions: QuestionInput[]): Question[] => {
  const taken = new Set(questions.map((question) => question.id));
  return questions.map((question) => {
    if (question.id !== undefined) return question as Question;
    let id = newQuestionId();
    while (taken.has(id)) id = newQuestionId();
    taken.add(id);
    return { ...question, id };
  });
};

/**
 * Changing events: what admins do with their own (create, update). Publishing (event-publishing.ts) and
 * deleting (event-removal.ts) are apart, so their routes carry no schedule planning, time zones or slugs they
 * never use. No HTTP, no DynamoDB here.
 */
export function createEventWrites(store: EventStore, options: { newEventId: () => string; now?: () => Date }) {
  const now = options.now ?? (() => new Date());

  /** Which counters an update must touch, and how, so that no booked seat is lost or moved. */
  function slotChanges(before: SlotDefinition[], after: SlotDefinition[]): SlotChange[] {
    const kept = new Map(after.map((slot) => [slot.id, slot]));
    const changes: SlotChange[] = [];
    for (const old of before) {
      const next = kept.get(old.id);
      if (!next) changes.push({ kind: "remove", slot: old });
      else if (next.startsAt !== old.startsAt || next.endsAt !== old.endsAt) changes.push({ kind: "reschedule", slot: next });
      else if (next.capacity !== old.capacity) changes.push({ kind: "resize", slot: next });
    }
    return changes;
  }

  async function applyUpdate(admin: Organiser, event: EventRecord | undefined, input: UpdateEventInput): Promise<{ ok: true; event: EventRecord } | { ok: false }> {
    if (!event || event.adminId !== admin.id || event.deletedAt) throw eventNotFound();
    const date = input.date ?? event.date;
    const timezone = input.timezone ?? event.timezone;
    const known = new Map(event.slots.map((slot) => [slot.id, slot]));
    const plans: SlotPlan[] = (input.slots ?? event.slots).map((slot, index) => {
      if (slot.id !== undefined && !known.has(slot.id)) {
        throw new DomainError("VALIDATION_FAILED", "A slot id that is not this event's.", {
          details: [{ path: `slots.${index}.id`, message: "Not a slot of this event; leave the id out for a new slot." }],
        });
      }
      return { id: slot.id, startTime: slot.startTime, endTime: slot.endTime, capacity: slot.capacity ?? (slot.id ? known.get(slot.id)!.capacity : 1) };
    });
    const slots = planSchedule(date, timezone, plans, () => newSlotId(event.id));
    const changed: EventRecord = {
      ...event,
      title: input.title ?? event.title,
      description: input.description ?? event.description,
      date,
      timezone,
      slots,
      ...onSaleOf({ ...onSaleOf(event), ...definedOnly(input, onSaleKeys) }),
      location: input.location !== undefined ? input.location : detailsOf(event).location,
      questions: input.questions !== undefined ? withIds(input.questions) : detailsOf(event).questions,
      reminders: input.reminders ?? remindersOf(event),
      updatedAt: now().toISOString(),
      version: event.version + 1,
    };
    // A change booked fans must hear of raises the revision (their updated invites' SEQUENCE).
    const revised = revises(event, changed);
    const next: EventRecord = revised ? { ...changed, revision: (event.revision ?? 0) + 1 } : changed;
    const changes = slotChanges(event.slots, slots);
    // A transaction holds 100 items: the event, its public page, and the counters it must pin.
    if (changes.length > maxSlotChanges) {
      throw new DomainError("CONFLICT", `This update changes ${changes.length} slots at once; at most ${maxSlotChanges} can change in one update. Save it in smaller steps.`);
    }
    const outcome = await store.update(next, event.version, changes, next.isPublished && next.slug ? publicPageOf(next, next.slug) : undefined, { revised });
    if (outcome.ok) return { ok: true, event: next };
    if (outcome.reason === "stale") return { ok: false };
    const index = (input.slots ?? []).findIndex((slot) => slot.id === outcome.slotId);
    const old = known.get(outcome.slotId)!;
    throw new DomainError("HAS_BOOKINGS", `The slot ${old.startTime}–${old.endTime} has bookings: it can't be removed, moved, or made smaller than its bookings.`, {
      details: [{ path: index >= 0 ? `slots.${index}` : "slots", message: "This slot has bookings." }],
    });
  }

  return {
    async create(admin: Organiser, input: CreateEventInput) {
      const id = options.newEventId();
      const slots = planSchedule(input.date, input.timezone, input.slots, () => newSlotId(id));
      const at = now().toISOString();
      const event: EventRecord = {
        id,
        adminId: admin.id,
        adminUsername: admin.username,
        title: input.title,
        description: input.description,
        date: input.date,
        timezone: input.timezone,
        slots,
        ...onSaleOf(input),
        location: input.location,
        questions: withIds(input.questions),
        reminders: input.reminders,
        slug: null,
        isPublished: false,
        publishedAt: null,
        createdAt: at,
        updatedAt: at,
        version: 1,
      };
      await store.create(event);
      return eventView(event, new Map());
    },

    /**
     * A consistent read, one transaction conditional on the version read (retried once if the event changed
     * meanwhile); then, for a published event, its slots' counters get the new copy of what booking needs.
     */
    async update(admin: Organiser, eventId: string, input: UpdateEventInput) {
      let outcome = await applyUpdate(admin, await store.get(eventId), input);
      if (!outcome.ok) outcome = await applyUpdate(admin, await store.get(eventId), input);
      if (!outcome.ok) throw new DomainError("CONFLICT", "The event changed meanwhile. Reload it and try again.");
      if (outcome.event.isPublished) await store.openSlots(outcome.event);
      return eventView(outcome.event, await liveCounts(store, [outcome.event]));
    },

  };
}

export type EventWrites = ReturnType<typeof createEventWrites>;
