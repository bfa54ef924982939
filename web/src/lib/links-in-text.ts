/**
 * A text's plain parts and its `<a>…</a>` parts, in order: every odd part is a link's words. A sentence with
 * links is written as one text, so a translation puts each link where its own words go (components/LinkedText).
 */
export const splitLinks = (text: string): string[] => text.split(/<a>(.*?)<\/a>/);
