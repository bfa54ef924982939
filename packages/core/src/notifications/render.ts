import escapeHtml from "escape-html";

/** The product's name, as emails sign. */
export const product = "Slotbook";

/** One line of an email: a sentence, a labelled value, a link, or an image sent with it (by its Content-ID). */
export type Line = string | { label: string; value: string } | { link: string; href: string } | { image: string; alt: string; size: number };

/**
 * Plain text and HTML from the same lines; every piece of user text is escaped in the HTML. (Apart from the
 * messages, so an email with no invite carries no calendar library.)
 */
export function render(lines: Line[]) {
  const text = lines
    .map((line) => (typeof line === "string" ? line : "label" in line ? `${line.label}: ${line.value}` : "image" in line ? `(${line.alt}: in the HTML version)` : `${line.link}: ${line.href}`))
    .join("\n");
  const html = lines
    .map((line) => {
      if (typeof line === "string") return line === "" ? "" : `<p>${escapeHtml(line).replace(/\n/g, "<br>")}</p>`;
      if ("label" in line) return `<p><strong>${escapeHtml(line.label)}:</strong> ${escapeHtml(line.value).replace(/\n/g, "<br>")}</p>`;
      if ("image" in line) return `<p><img src="cid:${escapeHtml(line.image)}" alt="${escapeHtml(line.alt)}" width="${line.size}" height="${line.size}"></p>`;
      return `<p><a href="${escapeHtml(line.href)}">${escapeHtml(line.link)}</a></p>`;
    })
    .filter(Boolean)
    .join("\n");
  return { text: `${text}\n`, html: `<!doctype html><html><body style="font-family:sans-serif">\n${html}\n</body></html>\n` };
}
