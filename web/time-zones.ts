import type { Plugin } from "vite";
import { canonicalTimeZone, tzDatabaseNames } from "@slotbook/core/events/time";

const moduleId = "virtual:time-zones";

/**
 * The zones the event form offers, by the API's own rule (canonicalTimeZone): canonical IANA names only, and
 * every other spelling the browser or the tz database knows (`Asia/Calcutta`, `US/Pacific`, lower-cased)
 * mapped to its canonical name, so the form shows what the API will store. Built once, into the form's own chunk.
 */
export function timeZoneList(): { zones: string[]; aliases: Record<string, string> } {
  const aliases: Record<string, string> = {};
  for (const name of [...Intl.supportedValuesOf("timeZone"), ...tzDatabaseNames(), "UTC"]) {
    const canonical = canonicalTimeZone(name);
    if (canonical) aliases[name.toLowerCase()] = canonical;
  }
  const zones = [...new Set(Object.values(aliases))].sort();
  // A canonical name needs no entry of its own: the form finds it in `zones` (any case).
  for (const zone of zones) if (aliases[zone.toLowerCase()] === zone) delete aliases[zone.toLowerCase()];
  return { zones, aliases };
}

export function timeZones(): Plugin {
  return {
    name: "slotbook-time-zones",
    resolveId: (id) => (id === moduleId ? `\0${moduleId}` : undefined),
    load(id) {
      if (id !== `\0${moduleId}`) return undefined;
      const { zones, aliases } = timeZoneList();
      return `export const zones = ${JSON.stringify(zones)};\nexport const aliases = ${JSON.stringify(aliases)};\n`;
    },
  };
}
