/** Canonical IANA zones, and every other known spelling (lower-cased) → its canonical name (web/time-zones.ts, at build time). */
declare module "virtual:time-zones" {
  export const zones: string[];
  export const aliases: Record<string, string>;
}
