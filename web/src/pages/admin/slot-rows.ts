import type { SlotView as Slot, SlotBody as SlotInput } from "@slotbook/contract";

/** A slot as the editor holds it: a local key for the list, the saved slot's id and bookings if any. */
export interface SlotRow {
  key: string;
  id?: string;
  startTime: string;
  endTime: string;
  capacity: number;
  bookedCount: number;
}

let nextKey = 0;
export const newRow = (slot: Partial<Omit<SlotRow, "key">> = {}): SlotRow => ({
  key: `slot-${++nextKey}`,
  startTime: "",
  endTime: "",
  capacity: 1,
  bookedCount: 0,
  ...slot,
});

export const rowsFromSlots = (slots: Slot[]): SlotRow[] =>
  slots.map((slot) => newRow({ id: slot.id, startTime: slot.startTime, endTime: slot.endTime, capacity: slot.capacity, bookedCount: slot.bookedCount }));

/** What the API takes: saved slots keep their id (so their bookings stay), new ones have none. */
export const slotsForApi = (rows: SlotRow[]): SlotInput[] =>
  rows.map((row) => ({ ...(row.id ? { id: row.id } : {}), startTime: row.startTime, endTime: row.endTime, capacity: row.capacity }));

/** Rows in start-time order, with rows at a start time already present left out. */
export function mergeRows(existing: SlotRow[], added: SlotRow[]): SlotRow[] {
  const taken = new Set(existing.map((row) => row.startTime));
  const fresh = added.filter((row) => !taken.has(row.startTime));
  return [...existing, ...fresh].sort((a, b) => a.startTime.localeCompare(b.startTime));
}
