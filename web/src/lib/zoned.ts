/**
 * An instant as a `datetime-local` value in a zone, and back: the organiser sets an event's opening and
 * closing on the event's own clock, the API keeps instants. Intl only (no tz library in the app).
 */
const parts = (instant: number, timeZone: string) => {
  const values = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return `${values.year}-${values.month}-${values.day}T${values.hour}:${values.minute}`;
};

/** "2026-12-05T09:00" for an instant, as the zone's clocks show it. */
export const toLocalInput = (instant: string, timeZone: string): string => parts(Date.parse(instant), timeZone);

/** How far the zone's clock is ahead of UTC at an instant, in ms. */
const offsetAt = (instant: number, timeZone: string) => Date.parse(`${parts(instant, timeZone)}Z`) - Math.floor(instant / 60_000) * 60_000;

/**
 * The instant a zone's clock shows a wall-clock time (ISO, UTC). A time the clocks skip (a spring-forward
 * gap) is read with the offset from before the change, so it lands just after the gap; a repeated time takes
 * its first occurrence. Undefined for an empty or malformed value.
 */
export function fromLocalInput(local: string, timeZone: string): string | undefined {
  const asUtc = Date.parse(`${local}Z`);
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(local) || Number.isNaN(asUtc)) return undefined;
  // The offsets on either side of the time (a day apart cover any DST change around it).
  const candidates = [offsetAt(asUtc - 86_400_000, timeZone), offsetAt(asUtc + 86_400_000, timeZone)].map((offset) => asUtc - offset);
  const exact = candidates.filter((instant) => parts(instant, timeZone) === local).sort((a, b) => a - b);
  return new Date(exact[0] ?? candidates[0]!).toISOString();
}
