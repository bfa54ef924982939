import { describe, expect, it, vi } from "vitest";
import { testBooking } from "../bookings/test-booking";
import type { ProfileRecord } from "../users/profile-store";
import type { WaitlistEntryRecord } from "../waitlist/records";
import { inMemorySentMailLog } from "../testing/in-memory-mail";
import { SmsRefused, type SmsSender } from "./sms";
import { bookingSms, offerSms, reminderSms } from "./sms-messages";
import { createSmsNotices, type SmsRefusal } from "./sms-notices";

const phone = "+4915112345678";
const profileWith = (extra: Partial<ProfileRecord>): ProfileRecord => ({
  id: "fan1",
  username: "fan1",
  email: "zoe@example.com",
  name: "Zoë Fan",
  phone,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  ...extra,
});

function notices(profile: ProfileRecord | undefined, send: SmsSender["send"] = async () => {}) {
  const sms = { send: vi.fn(send) };
  const sentLog = inMemorySentMailLog();
  const refusals: SmsRefusal[] = [];
  const service = createSmsNotices({ sms, sentLog, profiles: { get: async () => profile }, siteUrl: "https://slotbook.example/", onRefused: (refusal) => refusals.push(refusal) });
  return { service, sms, sentLog, refusals };
}

const booking = testBooking({ event: { title: "A very long title for a signing session that goes on and on", slug: "s", date: "2026-12-05", timezone: "Europe/Berlin" }, seats: 2 });

describe("texts beside the emails", () => {
  it("go to the opted-in number once, however often the stream record comes back", async () => {
    const { service, sms } = notices(profileWith({ smsOptInPhone: phone }));
    expect(await service.bookingConfirmed(booking)).toBe("sent");
    expect(await service.bookingConfirmed(booking)).toBe("sent");
    expect(sms.send).toHaveBeenCalledTimes(1);
    expect(sms.send).toHaveBeenCalledWith(phone, bookingSms(booking, "https://slotbook.example/"));
  });

  it("go nowhere without an opt-in for the profile's present number", async () => {
    for (const profile of [undefined, profileWith({}), profileWith({ smsOptInPhone: "+4917000000000" }), profileWith({ phone: null, smsOptInPhone: phone })]) {
      const { service, sms } = notices(profile);
      expect(await service.bookingConfirmed(booking)).toBe("none");
      expect(sms.send).not.toHaveBeenCalled();
    }
  });

  it("give up on a text the service refuses for good: logged with the number masked, never retried", async () => {
    const { service, sms, refusals } = notices(profileWith({ smsOptInPhone: phone }), async () => {
      throw new SmsRefused("AuthorizationErrorException");
    });
    expect(await service.bookingConfirmed(booking)).toBe("none");
    expect(await service.bookingConfirmed(booking)).toBe("sent");
    expect(sms.send).toHaveBeenCalledTimes(1);
    expect(refusals).toEqual([{ kind: "sms-confirmation", to: "+49*********78", reason: "AuthorizationErrorException" }]);
  });

  it("are retried after any other failure, with an error that carries no number", async () => {
    let fail = true;
    const { service, sms } = notices(profileWith({ smsOptInPhone: phone }), async () => {
      if (fail) throw Object.assign(new Error(`Throttled sending to ${phone}`), { name: "ThrottlingException" });
    });
    const error = await service.bookingConfirmed(booking).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain("ThrottlingException");
    expect(JSON.stringify({ message: (error as Error).message, cause: (error as Error).cause })).not.toContain(phone.slice(1));
    fail = false;
    expect(await service.bookingConfirmed(booking)).toBe("sent");
    expect(sms.send).toHaveBeenCalledTimes(2);
  });

  it("say what, when and where next in one short line, and how to stop them", () => {
    const text = bookingSms(booking, "https://slotbook.example/");
    expect(text).toBe("Slotbook: booked, A very long title for a signing sessi..., Sat 5 Dec, 15:00 (Europe/Berlin), 2 seats. Manage: https://slotbook.example/me/bookings Reply STOP to opt out.");
    expect(bookingSms({ ...booking, seats: 1, movedFrom: { slotId: "slot0", startsAt: booking.startsAt, endsAt: booking.endsAt } as never }, "https://s.example")).toMatch(/^Slotbook: your booking moved, .*, Sat 5 Dec, 15:00 \(Europe\/Berlin\)\. Manage/);
    expect(reminderSms(booking, "https://s.example")).toMatch(/^Slotbook reminder: .*, Sat 5 Dec, 15:00 \(Europe\/Berlin\), 2 seats\. Manage: https:\/\/s\.example\/me\/bookings Reply STOP to opt out\.$/);
    const entry = { id: "slot1~w~fan1", seats: 1, offerExpiresAt: "2026-12-05T12:30:00.000Z", context: { event: booking.event, startsAt: booking.startsAt, endsAt: booking.endsAt } } as WaitlistEntryRecord;
    expect(offerSms(entry, "https://s.example", "/me/waitlist/x/claim")).toMatch(/^Slotbook: a place is free, .*\. Held for you until 13:30\. Claim: https:\/\/s\.example\/me\/waitlist\/x\/claim Reply STOP to opt out\.$/);
    for (const message of [text, reminderSms(booking, "https://slotbook.example")]) expect(message.length).toBeLessThanOrEqual(306);
  });
});
