import * as z from "zod/mini";
import "../english";
import { codeSchema, emailSchema, localeSchema, nameSchema, passwordSchema, phoneSchema } from "./fields";

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

export type RegisterInput = z.output<typeof registerInput>;
export type RegisterBody = z.input<typeof registerInput>;
export type UpdateProfileInput = z.output<typeof updateProfileInput>;
export type UpdateProfileBody = z.input<typeof updateProfileInput>;
