import { createSignal, onCleanup } from "solid-js";
import { lastAnswer } from "../api/http";

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

const unit = (count: number, name: string) => (count ? `${count} ${name}${count === 1 ? "" : "s"}` : "");

/** A time span in words, to the two largest units: "2 days 3 hours", "5 minutes 12 seconds", "8 seconds". */
export function spanInWords(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const parts = days ? [unit(days, "day"), unit(hours, "hour")] : hours ? [unit(hours, "hour"), unit(minutes, "minute")] : [unit(minutes, "minute"), unit(seconds, "second")];
  return parts.filter(Boolean).join(" ") || "0 seconds";
}
