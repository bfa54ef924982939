import * as z from "zod/mini";
import { localeSchema, roleSchema } from "./fields";

/* What the API answers about accounts (the OpenAPI document's schemas, and the view types). */

export const userSchema = z.object({ id: z.string(), email: z.string(), name: z.string(), role: roleSchema }).check(z.meta({ id: "User" }));
export const registeredSchema = z.object({ user: userSchema, confirmationRequired: z.literal(true) }).check(z.meta({ id: "Registered" }));
export const tokensSchema = z
  .object({ accessToken: z.string(), idToken: z.string(), refreshToken: z.string(), expiresIn: z.number().check(z.int()), user: userSchema })
  .check(z.meta({ id: "Tokens" }));
export const refreshedSchema = z
  .object({ accessToken: z.string(), idToken: z.string(), expiresIn: z.number().check(z.int()) })
  .check(z.meta({ id: "RefreshedTokens" }));
export const profileSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    phone: z.nullable(z.string()),
    /** Booking confirmations, reminders and waitlist offers also by SMS, to `phone`. */
    smsOptIn: z.boolean(),
    /** The language of the account's emails and texts (an extension of the contract's profile). */
    locale: localeSchema,
    role: roleSchema,
    createdAt: z.iso.datetime(),
  })
  .check(z.meta({ id: "Profile" }));

export type User = z.output<typeof userSchema>;
export type Tokens = z.output<typeof tokensSchema>;
export type Refreshed = z.output<typeof refreshedSchema>;
export type Profile = z.output<typeof profileSchema>;
