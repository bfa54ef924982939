import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawEmail } from "@slotbook/core/adapters/ses/raw-email";
import { buildModule, type BuiltBundle } from "../../bench/function-bundles";
import { testBooking } from "../../packages/core/src/bookings/test-booking";
import { composeMessage, type MessageContext } from "../../packages/core/src/notifications/messages";
import { parseEmail } from "../support/python-validators";

/**
 * The function bundles give nodemailer a small content-type table of ours instead of its own
 * (stacks/function-bundling.ts): an email composed by the bundled code must be the email composed by the
 * code as written, part for part.
 */
let outDir: string;
let bundle: BuiltBundle;
let bundledRawEmail: typeof rawEmail;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "slotbook-mail-bundle-"));
  bundle = await buildModule("raw-email", `export { rawEmail } from "@slotbook/core/adapters/ses/raw-email";`, outDir);
  ({ rawEmail: bundledRawEmail } = (await import(pathToFileURL(bundle.file).href)) as { rawEmail: typeof rawEmail });
}, 60_000);
afterAll(() => rm(outDir, { recursive: true, force: true }));

const booking = testBooking({ event: { title: "Signing «Ünïcødé»", slug: "signing", date: "2026-12-05", timezone: "Europe/Berlin" } });
const context: MessageContext = { booking, description: "Bring a pen.\nAnd patience.", organizer: { name: "Olga", email: "olga@example.com" }, siteUrl: "https://slotbook.example" };

describe("the notifier's MIME, bundled as deployed", () => {
  it("carries our content-type table and URL refusal, not nodemailer's thousand types or its fetcher", () => {
    // What is in the bundle's code (the metafile's inputs list every file read, shaken out or not).
    const code = Object.values(bundle.metafile.outputs).flatMap((output) => Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path));
    expect(code.some((path) => path.endsWith("adapters/ses/mail-content-types.ts"))).toBe(true);
    expect(code.filter((path) => /nodemailer[\\/].*mime-types\.js$/.test(path))).toEqual([]);
    expect(code.some((path) => path.endsWith("adapters/ses/mail-url-fetch.ts"))).toBe(true);
    expect(code.filter((path) => /nodemailer[\\/].*fetch[\\/]index\.js$/.test(path))).toEqual([]);
  });

  it("composes every booking email exactly as the unbundled code does: same parts, types, files and content", async () => {
    for (const kind of ["fan-confirmation", "admin-booking", "fan-cancellation", "fan-moved"] as const) {
      const mail = composeMessage(kind, { ...context, previous: booking });
      const [bundled, written] = [parseEmail(await bundledRawEmail(mail, "no-reply@slotbook.example")), parseEmail(await rawEmail(mail, "no-reply@slotbook.example"))];
      expect(bundled.defects, kind).toEqual([]);
      expect(bundled.parts, kind).toEqual(written.parts);
      if (kind.startsWith("fan-")) expect(bundled.parts.map((part) => part.contentType), kind).toContain("text/calendar");
    }
  });
});
