import * as z from "zod";

/** A release link's token, as the reminder email carries it (checked by its signature, not its shape). */
const token = z.string().min(1, "The link has no token.").max(1000, "Not a release link's token.");

export const releaseQuery = z.object({ token });
export const releaseInput = z.strictObject({ token }).meta({ id: "ReleaseInput", description: "The token of the reminder email's release link" });

export const releaseViewSchema = z
  .object({
    event: z.object({ title: z.string(), slug: z.string(), date: z.string(), timezone: z.string() }),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    seats: z.number().int(),
    fanName: z.string(),
  })
  .meta({ id: "ReleaseView", description: "The booking a release link would cancel" });

export type ReleaseView = z.output<typeof releaseViewSchema>;
