/** "3 left", "1 left", "Full": what a slot's free seats look like at a glance (nothing while not known yet). */
export function availabilityLabel(available: number | undefined): string {
  if (available === undefined) return "";
  return available <= 0 ? "Full" : `${available} left`;
}

/** For an event in a list: how many of its upcoming times still have a free place. */
export function timesAvailableLabel(slotsAvailable: number): string {
  if (slotsAvailable <= 0) return "Fully booked";
  return `${slotsAvailable} ${slotsAvailable === 1 ? "time" : "times"} available`;
}
