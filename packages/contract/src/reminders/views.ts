import * as z from "zod/mini";

/* What the API answers about a release link (the OpenAPI document's schema, and the view type). */

export const releaseViewSchema = z
  .object({
    event: z.object({ title: z.string(), slug: z.string(), date: z.string(), timezone: z.string() }),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    seats: z.number().check(z.int()),
    fanName: z.string(),
  })
  .check(z.meta({ id: "ReleaseView", description: "The booking a release link would cancel" }));

export type ReleaseView = z.output<typeof releaseViewSchema>;
