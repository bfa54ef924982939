import { locale, type Locale } from "../i18n/locale";
import { authed } from "./authed";
import { request } from "./http";
import type { Profile, RegisterBody } from "@slotbook/contract";
import * as apiPaths from "@slotbook/contract/api-paths";

// A new account's emails are in the language of the page it was made on.
export const register = (input: Omit<RegisterBody, "locale">) => request<unknown>(apiPaths.register, { method: "POST", body: { ...input, locale } });
export const confirmEmail = (email: string, code: string) => request<void>(apiPaths.confirm, { method: "POST", body: { email, code } });
export const resendCode = (email: string) => request<void>(apiPaths.resendConfirmation, { method: "POST", body: { email } });
export const forgotPassword = (email: string) => request<void>(apiPaths.forgotPassword, { method: "POST", body: { email } });
export const resetPassword = (email: string, code: string, newPassword: string) =>
  request<void>(apiPaths.resetPassword, { method: "POST", body: { email, code, newPassword } });

/** Emails a one-time sign-in code (the same answer whether or not the email has an account). */
export const requestSignInCode = (email: string, name?: string) =>
  request<void>(apiPaths.requestCode, { method: "POST", body: { email, ...(name ? { name } : {}), locale } });

export const getProfile = () => authed<Profile>(apiPaths.profile);
export const updateProfile = (changes: { name: string; phone: string | null; smsOptIn?: boolean; locale?: Locale }) =>
  authed<Profile>(apiPaths.profile, { method: "PUT", body: changes });
export const changePassword = (currentPassword: string, newPassword: string) =>
  authed<void>(apiPaths.password, { method: "PUT", body: { currentPassword, newPassword } });
