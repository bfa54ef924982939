import { randomBytes } from "node:crypto";
import slugify from "slugify";

const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

/** A URL-safe slug: the title's words (transliterated by slugify) plus a short random suffix. */
export function makeSlug(title: string): string {
  // Markup characters are dropped, not spelled out ("<b>" would otherwise become "lessbgreater").
  const words = slugify(title.replace(/[<>{}[\]\\/|^`]/g, " "), { lower: true, strict: true, trim: true }).slice(0, 60).replace(/-+$/g, "");
  const suffix = Array.from(randomBytes(6), (byte) => alphabet[byte % alphabet.length]).join("");
  return words ? `${words}-${suffix}` : `event-${suffix}`;
}
