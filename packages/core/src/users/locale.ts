import { locales, type Locale } from "@slotbook/contract";

/**
 * The languages an account's emails and texts can be in. Stored on the profile (from the browser's language
 * at sign-up, changed on the account page) and copied onto each booking and waitlist entry, so whatever
 * writes to the fan later knows it without another read.
 */

// The list is the API's (a profile's `locale`): re-exported for the core's own modules.
export { locales, type Locale };

/** A stored or directory value as a locale: English unless it is one of ours (records from before locales, too). */
export const localeOf = (value: unknown): Locale => (locales.includes(value as Locale) ? (value as Locale) : "en");
