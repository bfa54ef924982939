/**
 * nodemailer's content-type lookups (its lib/mime-funcs/mime-types.js), answered for the parts our mail has.
 * nodemailer's own table maps about a thousand extensions and is half of nodemailer in the notifier's
 * bundle (75 KB of 160), yet our messages name every part's type and file name, so it is only asked about
 * these few. stacks/function-bundling.ts puts this module in its place in the function bundles;
 * mail-content-types.test.ts checks it answers every lookup our messages make as nodemailer's table does.
 * Anything else gets nodemailer's own defaults.
 */
const typeOfExtension = new Map([
  ["bin", "application/octet-stream"],
  ["html", "text/html"],
  ["ics", "text/calendar"],
  ["png", "image/png"],
  ["txt", "text/plain"],
]);
const extensionOfType = new Map([
  ["image/png", "png"],
  ["text/calendar", "ics"],
  ["text/html", "html"],
  ["text/plain", "txt"],
]);

/** The content type of a file name or extension (`invite.ics`, `png`); nodemailer's default otherwise. */
export function detectMimeType(filename?: string): string {
  const extension = (filename ?? "").split("?")[0]!.split(".").pop()!.trim().toLowerCase();
  return typeOfExtension.get(extension) ?? "application/octet-stream";
}

/** The file extension of a content type; `txt` for other text and `bin` for anything else, as nodemailer does. */
export function detectExtension(mimeType?: string): string {
  const type = (mimeType ?? "").trim().toLowerCase();
  return extensionOfType.get(type) ?? (type.startsWith("text/") ? "txt" : "bin");
}
