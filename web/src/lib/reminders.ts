import { t } from "../i18n/t";

/** Reminder times as organisers type them: "1d, 2h, 30m" (days, hours, minutes before each slot's start). */
const units = { d: 1440, h: 60, m: 1 } as const;

/** Minutes as the shortest whole unit: 1440 → "1d", 90 → "90m". */
export const formatReminder = (minutes: number) => (minutes % 1440 === 0 ? `${minutes / 1440}d` : minutes % 60 === 0 ? `${minutes / 60}h` : `${minutes}m`);

export const formatReminders = (minutes: readonly number[]) => minutes.map(formatReminder).join(", ");

/** "1d, 2h, 30m" → [1440, 120, 30]; an empty text is no reminders. Throws on a part it can't read. */
export function parseReminders(text: string): number[] {
  const parts = text.split(",").map((part) => part.trim()).filter(Boolean);
  return parts.map((part) => {
    const match = /^(\d+)\s*([dhm])$/i.exec(part);
    if (!match) throw new Error(t('Reminders: "{{part}}" is not a time before the slot. Use days, hours or minutes, e.g. 1d, 2h, 30m.', { part }));
    return Number(match[1]) * units[match[2]!.toLowerCase() as keyof typeof units];
  });
}
