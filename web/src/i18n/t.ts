import { translator, type BaseTemplateArgs } from "@solid-primitives/i18n";
import type german from "./de";

/** The English text is the key (gettext style): every key is a key of the German dictionary (de.test.ts checks both ways). */
export type Key = keyof typeof german;
export type Args = BaseTemplateArgs;

/**
 * Fills `{{name}}` with `args.name`. (The library's resolveTemplate hands values to String.replace as
 * replacement patterns, so an event called "$$ Night" would lose a "$": a function replacement takes them as they are.)
 */
export const fill = (text: string, args?: Args): string =>
  args ? text.replace(/{{\s*(\w+)\s*}}/g, (slot, name: string) => (name in args ? String(args[name]) : slot)) : text;

let dictionary: Record<string, string> | undefined;
let apiErrors: Record<string, string> | undefined;
/** main.tsx loads the German dictionary (texts, and the API's errors by code) before the first render, and only for a German page. */
export const setDictionary = (loaded: Record<string, string>, errors?: Record<string, string>) => void ((dictionary = loaded), (apiErrors = errors));

/** The page's words for an API error code, when they differ from the API's own (English) message. */
export const apiErrorText = (code: string): string | undefined => apiErrors?.[code];

const translate = translator(() => dictionary, fill);

/** The text in the page's language: German from the dictionary when loaded, else the English key; templates filled. */
export const t = (key: Key, args?: Args): string => translate(key, args) ?? fill(key, args);
