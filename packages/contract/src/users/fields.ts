import * as z from "zod/mini";
import "../english";
import { limits } from "../limits";
import { locales } from "../locales";
import { passwordPolicy } from "../password-policy";
import { roles } from "../roles";
import { safeText } from "../text/safe-text";

/* The fields of the account requests (and of a booking's fan details), each with its own rules. */

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
