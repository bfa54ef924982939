import { translator, type BaseTemplateArgs } from "@solid-primitives/i18n";
import type { Locale } from "../../users/locale";
import german from "./de";

/**
 * What fans get (emails and texts) in their account's language. The English text is the key (gettext style,
 * as in the web app): every key is a key of the German dictionary, and de.test.ts checks both ways.
 */
export type Key = keyof typeof german;
export type Translate = (key: Key, args?: BaseTemplateArgs) => string;

/**
 * Fills `{{name}}` with `args.name`, values taken as they are (the library's resolveTemplate hands them to
 * String.replace as replacement patterns: an event called "$$ Night" would lose a "$").
 */
export const fill = (text: string, args?: BaseTemplateArgs): string =>
  args ? text.replace(/{{\s*(\w+)\s*}}/g, (slot, name: string) => (name in args ? String(args[name]) : slot)) : text;

const toGerman = translator(() => german as Record<string, string>, fill);

/** The text function for a locale: German from the dictionary, English as written; templates filled. */
export const translatorFor = (locale: Locale | undefined): Translate =>
  locale === "de" ? (key, args) => toGerman(key, args) ?? fill(key, args) : (key, args) => fill(key, args);

