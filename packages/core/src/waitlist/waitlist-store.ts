import type { BookingRecord } from "../bookings/records";
import type { SlotCounter } from "../events/records";
import type { ProfileRecord } from "../users/profile-store";
import type { WaitlistEntryRecord } from "./records";

/** The seats as a write read them: the offer's and claim's conditions must still find them so. */
export interface SeatsRead {
  capacity: number;
  bookedCount: number;
  heldCount: number;
}

/**
 * The port to where waitlists live: each entry in its slot's own partition, next to the slot's counter, so
 * joining, offering, claiming and leaving touch only the slot's and the fan's own items.
 */
export interface WaitlistStore {
  /** One read: the slot's counter, the fan's booking and entry for it, the fan's profile. */
  readSlotForFan(slotId: string, fanId: string): Promise<{ counter?: SlotCounter; booking?: BookingRecord; entry?: WaitlistEntryRecord; profile?: ProfileRecord }>;
  /**
   * Puts the entry (a new one, or in place of one that ended: left, expired, claimed) and counts it on the
   * slot's counter and on the fan's own count of entries (at most `maxActive` waiting or offered at once).
   */
  join(entry: WaitlistEntryRecord, maxActive: number): Promise<"joined" | "exists" | "slot-gone" | "too-many">;
  /** Strongly consistent. */
  get(slotId: string, fanId: string): Promise<WaitlistEntryRecord | undefined>;
  /** The fan's entries, newest first. */
  listByFan(fanId: string): Promise<WaitlistEntryRecord[]>;
  /** A slot's entries, strongly consistent, in joining order. */
  listBySlot(slotId: string): Promise<WaitlistEntryRecord[]>;
  /** Strongly consistent. */
  counter(slotId: string): Promise<SlotCounter | undefined>;
  /** Holds the entry's seats on the counter and marks it offered until `expiresAt`; false if the seats or the entry changed. */
  offer(entry: WaitlistEntryRecord, seats: SeatsRead, offeredAt: string, expiresAt: string): Promise<boolean>;
  /** Offer → booking, in one write, only while the offer holds. */
  claim(entry: WaitlistEntryRecord, booking: BookingRecord, perFanLimit: number | null, now: string): Promise<"claimed" | "expired" | "already-booked" | "limit-reached" | "slot-gone">;
  /** The fan leaves; an offered entry gives its held seats back. */
  leave(entry: WaitlistEntryRecord): Promise<boolean>;
  /** An offer past its time: its held seats go back (and so to the next fan). */
  expire(entry: WaitlistEntryRecord, now: string): Promise<boolean>;
  /** Offers that expired by `now`. */
  dueOffers(now: Date): Promise<WaitlistEntryRecord[]>;
}
