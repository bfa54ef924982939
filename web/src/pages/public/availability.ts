/** "3 left", "1 left", "Full": what a slot's free seats look like at a glance. */
export function availabilityLabel(available: number, noun?: "places"): string {
  if (available <= 0) return "Full";
  return noun ? `${available} ${available === 1 ? "place" : "places"} left` : `${available} left`;
}
