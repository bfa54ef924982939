import * as z from "zod/mini";
import "../english";

/** A release link's token, as the reminder email carries it (checked by its signature, not its shape). */
export const releaseToken = z.string().check(z.minLength(1, "The link has no token."), z.maxLength(1000, "Not a release link's token."));

export const releaseInput = z.strictObject({ token: releaseToken }).check(z.meta({ id: "ReleaseInput", description: "The token of the reminder email's release link" }));
