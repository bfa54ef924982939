import * as z from "zod/mini";
import { idSchema, releaseToken, slugSchema } from "@slotbook/contract";

/*
 * The path, query and header parameters of the routes: HTTP's part of the contract, read by the validate
 * middleware and documented in the OpenAPI document. Bodies and answers are the contract's
 * (packages/contract).
 */

export const idParams = z.object({ id: idSchema });
export const eventBookingParams = z.object({ id: idSchema, bookingId: idSchema });
export const slugParams = z.object({ url: slugSchema });
export const pageQuery = z.object({
  cursor: z.optional(z.string().check(z.maxLength(2048))),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 20),
});

/** `GET /api/health?deep=1`: also check that every dependency answers (a readiness check). */
export const healthQuery = z.object({
  deep: z
    .optional(z.enum(["1", "true", "0", "false"]))
    .check(z.meta({ description: "`1`: also check DynamoDB, Cognito and SES; 200 with each check, or 503 UNAVAILABLE (with Retry-After) naming the one that is down." })),
});

const idempotencyKeySchema = z.string().check(z.regex(/^[\x21-\x7e]{1,255}$/, "Use 1-255 printable ASCII characters."));
/** `Idempotency-Key` on booking: a retry with the same key and body answers the same booking. */
export const idempotencyHeaders = z.object({ "idempotency-key": z.optional(idempotencyKeySchema) });

/** The release link's token, in the query of `GET /api/bookings/release`. */
export const releaseQuery = z.object({ token: releaseToken });
