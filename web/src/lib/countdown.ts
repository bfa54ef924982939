import { createSignal, onCleanup } from "solid-js";
import { lastAnswer } from "../api/http";
import { t } from "../i18n/t";

let offset = 0;
let from: Headers | undefined;

/**
 * Now by the server's clock, not the device's, which may be wrong: the last API answer's `Date` (plus its
 * `Age` when a cache answered) against when it arrived. The header is whole seconds, so the server's time
 * was within the second after it: its middle is taken.
 */
export function serverNow(): number {
  const [headers, at] = lastAnswer;
  if (headers && headers !== from) {
    from = headers;
    const date = Date.parse(headers.get("date") ?? "") + 1000 * Number(headers.get("age") ?? 0);
    if (!Number.isNaN(date)) offset = date + 500 - at!;
  }
  return Date.now() + offset;
}

/**
 * The server's now as a signal, ticking every `everyMs` while the component lives: countdowns and the
 * moment booking opens follow it without a reload.
 */
export function createServerNow(everyMs = 250) {
  const [now, setNow] = createSignal(serverNow());
  const timer = setInterval(() => setNow(serverNow()), everyMs);
  onCleanup(() => clearInterval(timer));
  return now;
}

// One function per unit, each with its singular: t() keys are literal texts (see i18n/t.ts).
const days = (count: number) => (count === 1 ? t("1 day") : t("{{count}} days", { count }));
const hours = (count: number) => (count === 1 ? t("1 hour") : t("{{count}} hours", { count }));
const minutes = (count: number) => (count === 1 ? t("1 minute") : t("{{count}} minutes", { count }));
const seconds = (count: number) => (count === 1 ? t("1 second") : t("{{count}} seconds", { count }));
/** A unit's words, or none for 0 of it. */
const unit = (count: number, words: (count: number) => string) => (count ? words(count) : "");

/** A time span in words, to the two largest units: "2 days 3 hours", "5 minutes 12 seconds", "8 seconds". */
export function spanInWords(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const d = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts = d ? [unit(d, days), unit(h, hours)] : h ? [unit(h, hours), unit(m, minutes)] : [unit(m, minutes), unit(s, seconds)];
  return parts.filter(Boolean).join(" ") || seconds(0);
}
