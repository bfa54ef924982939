import { t } from "../../i18n/t";

/* Home's alone (not in the event page's first download, as availability.ts is). */

/** For an event in a list: how many of its upcoming times still have a free place. */
export function timesAvailableLabel(slotsAvailable: number): string {
  if (slotsAvailable <= 0) return t("Fully booked");
  return slotsAvailable === 1 ? t("1 time available") : t("{{count}} times available", { count: slotsAvailable });
}
