import { limits } from "@slotbook/contract/limits";
export interface GeneratedSlot {
  startTime: string;
  endTime: string;
  capacity: number;
}

const toMinutes = (time: string) => {
  const [hours, minutes] = time.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
};
const toTime = (total: number) => `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;

/** Back-to-back slots of `lengthMinutes` from `from` until `to` (a last slot that would overrun is left out). */
export function generateSlots(from: string, to: string, lengthMinutes: number, capacity: number): GeneratedSlot[] {
  const start = toMinutes(from);
  const end = to === "24:00" ? 24 * 60 : toMinutes(to);
  if (!Number.isInteger(lengthMinutes) || lengthMinutes < 5 || end <= start) return [];
  const slots: GeneratedSlot[] = [];
  for (let at = start; at + lengthMinutes <= end && slots.length < limits.slotsMax; at += lengthMinutes) {
    slots.push({ startTime: toTime(at), endTime: toTime(at + lengthMinutes), capacity });
  }
  return slots;
}
