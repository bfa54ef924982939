export interface BookingRecord {
  id: string;
  slotId: string;
  eventId: string;
  adminId: string;
  adminUsername: string;
  event: { title: string; slug: string; date: string; timezone: string };
  startsAt: string;
  endsAt: string;
  fanId: string;
  fanUsername: string;
  fanName: string;
  /** Contact details the fan gave the organiser: shown to the organiser, never a delivery address. */
  fanEmail: string;
  fanPhone: string | null;
  /** The fan account's verified email: the only address booking emails ever go to. */
  accountEmail: string;
  status: "confirmed";
  createdAt: string;
}

export interface IdempotencyRecord {
  fanId: string;
  key: string;
  requestHash: string;
  booking: BookingRecord;
}
