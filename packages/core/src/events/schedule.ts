import type { ErrorDetail } from "@slotbook/contract";
import { DomainError } from "../errors";
import type { SlotDefinition } from "./records";
import { wallTimeToInstant } from "./time";

export interface SlotPlan {
  id?: string;
  startTime: string;
  endTime: string;
  capacity: number;
}

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * Checks an event's slots against its date and time zone and works out each slot's exact instants:
 * every slot ends after it starts, none overlaps another, and none starts or ends at a wall-clock time
 * that is skipped or repeated that day (a DST change). All problems are reported at once, by field.
 */
export function planSchedule(date: string, timezone: string, slots: SlotPlan[], newId: () => string): SlotDefinition[] {
  const details: ErrorDetail[] = [];
  const planned: Array<SlotDefinition & { index: number }> = [];
  const dayProblem = { skipped: "clocks skip this time that day (daylight saving starts)", repeated: "this time happens twice that day (daylight saving ends)" };

  slots.forEach((slot, index) => {
    if (minutes(slot.endTime) <= minutes(slot.startTime)) {
      details.push({ path: `slots.${index}.endTime`, message: "A slot must end after it starts." });
      return;
    }
    const start = wallTimeToInstant(date, slot.startTime, timezone);
    const end = wallTimeToInstant(date, slot.endTime, timezone);
    if ("problem" in start) details.push({ path: `slots.${index}.startTime`, message: `${slot.startTime} on ${date} in ${timezone}: ${dayProblem[start.problem]}.` });
    if ("problem" in end) details.push({ path: `slots.${index}.endTime`, message: `${slot.endTime} on ${date} in ${timezone}: ${dayProblem[end.problem]}.` });
    if ("problem" in start || "problem" in end) return;
    planned.push({
      index,
      id: slot.id ?? newId(),
      startTime: slot.startTime,
      endTime: slot.endTime,
      startsAt: start.instant.toISOString(),
      endsAt: end.instant.toISOString(),
      capacity: slot.capacity,
    });
  });

  const byStart = [...planned].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  for (let i = 1; i < byStart.length; i += 1) {
    const previous = byStart[i - 1]!;
    const current = byStart[i]!;
    if (current.startsAt < previous.endsAt) {
      details.push({ path: `slots.${current.index}.startTime`, message: `Overlaps the slot ${previous.startTime}–${previous.endTime}.` });
    }
  }
  if (details.length > 0) throw new DomainError("VALIDATION_FAILED", "Some slots don't work on this date.", { details });
  return byStart.map(({ index: _index, ...slot }) => slot);
}
