import escapeHtml from "escape-html";

/** The product's name, as emails sign. */
export const product = "Slotbook";

/** One line of an email: a sentence, a labelled value, or a link. */
export type Line = string | { label: string; value: string } | { link: string; href: string };

/**
 * Plain text and HTML from the same lines; every piece of user text is escaped in the HTML. (Apart from the
 * messages, so an email with no invite carries no calendar library.)
 */
export function render(lines: Line[]) {
  const text = lines
    .map((line) => (typeof line === "string" ? line : "label" in line ? `${line.label}: ${line.value}` : `${line.link}: ${line.href}`))
    .join("\n");
  const html = lines
    .map((line) => {
      if (typeof line === "string") return line === "" ? "" : `<p>${escapeHtml(line).replace(/\n/g, "<br>")}</p>`;
      if ("label" in line) return `<p><strong>${escapeHtml(line.label)}:</strong> ${escapeHtml(line.value).replace(/\n/g, "<br>")}</p>`;
      return `<p><a href="${escapeHtml(line.href)}">${escapeHtml(line.link)}</a></p>`;
    })
    .filter(Boolean)
    .join("\n");
  return { text: `${text}\n`, html: `<!doctype html><html><body style="font-family:sans-serif">\n${html}\n</body></html>\n` };
}
