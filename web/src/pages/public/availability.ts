import { t } from "../../i18n/t";

/** "3 left", "1 left", "Full": what a slot's free seats look like at a glance (nothing while not known yet). */
export function availabilityLabel(available: number | undefined): string {
  if (available === undefined) return "";
  return available <= 0 ? t("Full") : t("{{count}} left", { count: available });
}
