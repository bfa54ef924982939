/**
 * TEST SUPPORT ONLY. The notifier's mail ports in memory: the sent-mail log (adapters/dynamo/dynamo-sent-mail-log.ts:
 * a marker claimed once, taken over only when its claim is older than the lease, released only while claimed)
 * and a mail sender that keeps what it sends in an outbox and can be told to fail.
 */
import type { OutgoingMail } from "../notifications/messages";
import type { MailSender, SentMailLog } from "../notifications/notifier";

/** The adapter's lease: longer than the notifier may run, so a live attempt's claim is never taken over. */
export const claimLeaseMs = 2 * 60_000;

type Marker = { state: "claimed"; claimedAt: number } | { state: "sent" };

export function inMemorySentMailLog(options: { now?: () => Date } = {}): SentMailLog & { markers: Map<string, Marker> } {
  const now = () => (options.now ? options.now() : new Date()).getTime();
  const markers = new Map<string, Marker>();
  const at = (key: string, kind: string) => `${key}|${kind}`;
  return {
    markers,
    async claim(key, kind) {
      const marker = markers.get(at(key, kind));
      const free = !marker || (marker.state === "claimed" && marker.claimedAt < now() - claimLeaseMs);
      if (free) {
        markers.set(at(key, kind), { state: "claimed", claimedAt: now() });
        return "go";
      }
      return marker.state === "sent" ? "done" : "busy";
    },
    async markSent(key, kind) {
      markers.set(at(key, kind), { state: "sent" });
    },
    async release(key, kind) {
      if (markers.get(at(key, kind))?.state === "claimed") markers.delete(at(key, kind));
    },
  };
}

/** A mail sender that keeps what it sends (`outbox`, and the From address of each in `from`). */
export function memoryMailbox(): MailSender & { outbox: OutgoingMail[]; from: string[]; failNext: (count?: number, error?: Error) => void } {
  const outbox: OutgoingMail[] = [];
  const from: string[] = [];
  let failures = 0;
  let failure = new Error("SES is down");
  return {
    outbox,
    from,
    failNext(count = 1, error = new Error("SES is down")) {
      failures = count;
      failure = error;
    },
    async send(mail, sender) {
      if (failures > 0) {
        failures -= 1;
        throw failure;
      }
      outbox.push(mail);
      from.push(sender);
    },
  };
}
