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
  fanEmail: string;
  fanPhone: string | null;
  status: "confirmed";
  createdAt: string;
}

export interface IdempotencyRecord {
  fanId: string;
  key: string;
  requestHash: string;
  booking: BookingRecord;
}
