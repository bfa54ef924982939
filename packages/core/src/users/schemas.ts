import * as z from "zod";
import { safeText } from "../text/safe-text";
import { passwordPolicy } from "./password-policy";
import { roles } from "./roles";

export const emailSchema = z.email("Enter a valid email address.").max(254).transform((email) => email.toLowerCase());

/** The user pool's password policy as a zod rule, each broken rule named (cognito-local enforces none). */
export const passwordSchema = z
  .string()
  .min(passwordPolicy.minLength, `Use at least ${passwordPolicy.minLength} characters.`)
  .max(256, "Use at most 256 characters.")
  .refine((value) => !passwordPolicy.requireLowercase || /[a-z]/.test(value), "Include a lowercase letter.")
  .refine((value) => !passwordPolicy.requireUppercase || /[A-Z]/.test(value), "Include an uppercase letter.")
  .refine((value) => !passwordPolicy.requireDigits || /\d/.test(value), "Include a digit.")
  .refine((value) => !passwordPolicy.requireSymbols || /[^A-Za-z0-9]/.test(value), "Include a symbol.");

export const nameSchema = safeText({ max: 100, required: "Enter your name." });

/** E.164, as Cognito stores phone numbers: a plus, a country code, up to 15 digits. */
export const phoneSchema = z.string().regex(/^\+[1-9]\d{6,14}$/, "Use international format, e.g. +4915112345678.");

export const codeSchema = z.string().trim().regex(/^\d{4,10}$/, "Enter the code from the email.");

export const roleSchema = z.enum(roles);

/** Self-registration. Strict: a body that asks for a role (or anything else unknown) is refused. */
export const registerInput = z
  .strictObject({ email: emailSchema, password: passwordSchema, name: nameSchema, phone: phoneSchema.optional() })
  .meta({ id: "RegisterInput" });
export const confirmInput = z.strictObject({ email: emailSchema, code: codeSchema }).meta({ id: "ConfirmInput" });
export const emailOnlyInput = z.strictObject({ email: emailSchema }).meta({ id: "EmailInput" });
export const loginInput = z.strictObject({ email: emailSchema, password: z.string().min(1, "Enter your password.").max(256) }).meta({ id: "LoginInput" });
export const refreshInput = z.strictObject({ refreshToken: z.string().min(1).max(8192) }).meta({ id: "RefreshInput" });
export const resetPasswordInput = z.strictObject({ email: emailSchema, code: codeSchema, newPassword: passwordSchema }).meta({ id: "ResetPasswordInput" });
export const changePasswordInput = z
  .strictObject({ currentPassword: z.string().min(1, "Enter your current password.").max(256), newPassword: passwordSchema })
  .meta({ id: "ChangePasswordInput" });
/** Signing in without a password: ask for a code (a name only matters to an account the code makes). */
export const requestCodeInput = z.strictObject({ email: emailSchema, name: nameSchema.optional() }).meta({ id: "RequestCodeInput" });
export const verifyCodeInput = z.strictObject({ email: emailSchema, code: codeSchema }).meta({ id: "VerifyCodeInput" });
export const updateProfileInput = z
  .strictObject({ name: nameSchema.optional(), phone: phoneSchema.nullable().optional(), smsOptIn: z.boolean().optional() })
  .refine((input) => !(input.smsOptIn === true && input.phone === null), { path: ["smsOptIn"], message: "Text messages need a phone number: keep one to opt in." })
  .meta({
    id: "UpdateProfileInput",
    description: "phone: null removes it (and the SMS opt-in). smsOptIn: true needs a phone (given here or already on the profile), else 400; a new phone number is not opted in until smsOptIn: true is sent with or after it.",
  });

export const userSchema = z
  .object({ id: z.string(), email: z.string(), name: z.string(), role: roleSchema })
  .meta({ id: "User" });
export const registeredSchema = z.object({ user: userSchema, confirmationRequired: z.literal(true) }).meta({ id: "Registered" });
export const tokensSchema = z
  .object({ accessToken: z.string(), idToken: z.string(), refreshToken: z.string(), expiresIn: z.number().int(), user: userSchema })
  .meta({ id: "Tokens" });
export const refreshedSchema = z.object({ accessToken: z.string(), idToken: z.string(), expiresIn: z.number().int() }).meta({ id: "RefreshedTokens" });
export const profileSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    phone: z.string().nullable(),
    /** Booking confirmations, reminders and waitlist offers also by SMS, to `phone`. */
    smsOptIn: z.boolean(),
    role: roleSchema,
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Profile" });

export type RegisterInput = z.output<typeof registerInput>;
export type User = z.output<typeof userSchema>;
export type Tokens = z.output<typeof tokensSchema>;
export type Refreshed = z.output<typeof refreshedSchema>;
export type Profile = z.output<typeof profileSchema>;
export type UpdateProfileInput = z.output<typeof updateProfileInput>;
