/**
 * How long a waitlist offer holds its seats: long when the slot is far off (the fan may be asleep), short on
 * the day (the seat must not sit empty), and never past the slot's start. Rules are (time to the slot's
 * start, at least → window), first match wins; WAITLIST_OFFER_WINDOWS overrides them as
 * "secondsBefore:windowSeconds,…" (e.g. "86400:7200,10800:1800,0:600", the default).
 */
export interface OfferWindowRule {
  beforeStartSeconds: number;
  windowSeconds: number;
}

export const defaultOfferWindows: OfferWindowRule[] = [
  { beforeStartSeconds: 24 * 3600, windowSeconds: 2 * 3600 },
  { beforeStartSeconds: 3 * 3600, windowSeconds: 30 * 60 },
  { beforeStartSeconds: 0, windowSeconds: 10 * 60 },
];

export function parseOfferWindows(text: string | undefined): OfferWindowRule[] {
  if (!text) return defaultOfferWindows;
  const rules = text.split(",").map((part) => {
    const [before, window] = part.split(":").map((value) => Number(value.trim()));
    if (!Number.isInteger(before) || !Number.isInteger(window) || before! < 0 || window! <= 0) throw new Error(`WAITLIST_OFFER_WINDOWS: "${part}" is not secondsBefore:windowSeconds.`);
    return { beforeStartSeconds: before!, windowSeconds: window! };
  });
  return rules.sort((a, b) => b.beforeStartSeconds - a.beforeStartSeconds);
}

/** When an offer made at `now` for a slot starting at `startsAt` expires. */
export function offerExpiry(startsAt: string, now: Date, rules: OfferWindowRule[] = defaultOfferWindows): string {
  const untilStart = (Date.parse(startsAt) - now.getTime()) / 1000;
  const rule = rules.find((candidate) => untilStart >= candidate.beforeStartSeconds) ?? rules[rules.length - 1]!;
  const seconds = Math.max(0, Math.min(rule.windowSeconds, untilStart));
  return new Date(now.getTime() + seconds * 1000).toISOString();
}
