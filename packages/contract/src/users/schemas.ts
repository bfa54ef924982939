import * as z from "zod/mini";
import "../english";
import { limits } from "../limits";
import { locales } from "../locales";
import { passwordPolicy } from "../password-policy";
import { roles } from "../roles";
import { safeText } from "../text/safe-text";

export const emailSchema = z.pipe(
  z.email("Enter a valid email address.").check(z.maxLength(254)),
  z.transform((email: string) => email.toLowerCase()),
);

/** The user pool's password policy as a zod rule, each broken rule named (cognito-local enforces none). */
export const passwordSchema = z
  .string()
  .check(
    z.minLength(passwordPolicy.minLength, `Use at least ${passwordPolicy.minLength} characters.`),
    z.maxLength(256, "Use at most 256 characters."),
    z.refine((value) => !passwordPolicy.requireLowercase || /[a-z]/.test(value), "Include a lowercase letter."),
    z.refine((value) => !passwordPolicy.requireUppercase || /[A-Z]/.test(value), "Include an uppercase letter."),
    z.refine((value) => !passwordPolicy.requireDigits || /\d/.test(value), "Include a digit."),
    z.refine((value) => !passwordPolicy.requireSymbols || /[^A-Za-z0-9]/.test(value), "Include a symbol."),
  );

export const nameSchema = safeText({ max: limits.nameMax, required: "Enter your name." });

/** E.164, as Cognito stores phone numbers: a plus, a country code, up to 15 digits. */
export const phoneSchema = z.string().check(z.regex(/^\+[1-9]\d{6,14}$/, "Use international format, e.g. +4915112345678."));

export const codeSchema = z.string().check(z.trim(), z.regex(/^\d{4,10}$/, "Enter the code from the email."));

export const roleSchema = z.enum(roles);

/** The language of the account's emails and texts (an extension of the contract's Users profile). */
export const localeSchema = z.enum(locales).check(z.meta({ description: 'The language of the account\'s emails and texts: "en" (the default) or "de".' }));

/** Self-registration. Strict: a body that asks for a role (or anything else unknown) is refused. */
export const registerInput = z
  .strictObject({ email: emailSchema, password: passwordSchema, name: nameSchema, phone: z.optional(phoneSchema), locale: z.optional(localeSchema) })
  .check(z.meta({ id: "RegisterInput", description: "locale (an extension): the language of the account's emails, the browser's at sign-up; default \"en\"." }));
export const confirmInput = z.strictObject({ email: emailSchema, code: codeSchema }).check(z.meta({ id: "ConfirmInput" }));
export const emailOnlyInput = z.strictObject({ email: emailSchema }).check(z.meta({ id: "EmailInput" }));
export const loginInput = z
  .strictObject({ email: emailSchema, password: z.string().check(z.minLength(1, "Enter your password."), z.maxLength(256)) })
  .check(z.meta({ id: "LoginInput" }));
export const refreshInput = z.strictObject({ refreshToken: z.string().check(z.minLength(1), z.maxLength(8192)) }).check(z.meta({ id: "RefreshInput" }));
export const resetPasswordInput = z
  .strictObject({ email: emailSchema, code: codeSchema, newPassword: passwordSchema })
  .check(z.meta({ id: "ResetPasswordInput" }));
export const changePasswordInput = z
  .strictObject({ currentPassword: z.string().check(z.minLength(1, "Enter your current password."), z.maxLength(256)), newPassword: passwordSchema })
  .check(z.meta({ id: "ChangePasswordInput" }));
/** Signing in without a password: ask for a code (a name only matters to an account the code makes). */
export const requestCodeInput = z
  .strictObject({ email: emailSchema, name: z.optional(nameSchema), locale: z.optional(localeSchema) })
  .check(z.meta({ id: "RequestCodeInput", description: "name and locale only matter to an account the code makes (locale: the language of its emails, default \"en\")." }));
export const verifyCodeInput = z.strictObject({ email: emailSchema, code: codeSchema }).check(z.meta({ id: "VerifyCodeInput" }));
export const updateProfileInput = z
  .strictObject({ name: z.optional(nameSchema), phone: z.optional(z.nullable(phoneSchema)), smsOptIn: z.optional(z.boolean()), locale: z.optional(localeSchema) })
  .check(
    z.refine((input) => !(input.smsOptIn === true && input.phone === null), { path: ["smsOptIn"], message: "Text messages need a phone number: keep one to opt in." }),
    z.meta({
      id: "UpdateProfileInput",
      description:
        "phone: null removes it (and the SMS opt-in). smsOptIn: true needs a phone (given here or already on the profile), else 400; a new phone number is not opted in until smsOptIn: true is sent with or after it. locale: the language of the account's emails and texts from now on (bookings made before keep theirs).",
    }),
  );

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

export type RegisterInput = z.output<typeof registerInput>;
export type RegisterBody = z.input<typeof registerInput>;
export type User = z.output<typeof userSchema>;
export type Tokens = z.output<typeof tokensSchema>;
export type Refreshed = z.output<typeof refreshedSchema>;
export type Profile = z.output<typeof profileSchema>;
export type UpdateProfileInput = z.output<typeof updateProfileInput>;
export type UpdateProfileBody = z.input<typeof updateProfileInput>;
