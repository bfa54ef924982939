/** The languages an account's emails and texts can be in (a profile's `locale`). */
export const locales = ["en", "de"] as const;
export type Locale = (typeof locales)[number];
