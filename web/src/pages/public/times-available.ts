/* Home's alone (not in the event page's first download, as availability.ts is). */

/** For an event in a list: how many of its upcoming times still have a free place. */
export function timesAvailableLabel(slotsAvailable: number): string {
  if (slotsAvailable <= 0) return "Fully booked";
  return `${slotsAvailable} ${slotsAvailable === 1 ? "time" : "times"} available`;
}
