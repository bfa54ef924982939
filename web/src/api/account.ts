import { locale, type Locale } from "../i18n/locale";
import { authed } from "./authed";
import { request } from "./http";
import type { Profile } from "./types";

export interface Registration {
  email: string;
  password: string;
  name: string;
  phone?: string;
}

// A new account's emails are in the language of the page it was made on.
export const register = (input: Registration) => request<unknown>("/api/auth/register", { method: "POST", body: { ...input, locale } });
export const confirmEmail = (email: string, code: string) => request<void>("/api/auth/confirm", { method: "POST", body: { email, code } });
export const resendCode = (email: string) => request<void>("/api/auth/confirm/resend", { method: "POST", body: { email } });
export const forgotPassword = (email: string) => request<void>("/api/auth/password/forgot", { method: "POST", body: { email } });
export const resetPassword = (email: string, code: string, newPassword: string) =>
  request<void>("/api/auth/password/reset", { method: "POST", body: { email, code, newPassword } });

/** Emails a one-time sign-in code (the same answer whether or not the email has an account). */
export const requestSignInCode = (email: string, name?: string) =>
  request<void>("/api/auth/code", { method: "POST", body: { email, ...(name ? { name } : {}), locale } });

export const getProfile = () => authed<Profile>("/api/users/profile");
export const updateProfile = (changes: { name: string; phone: string | null; smsOptIn?: boolean; locale?: Locale }) =>
  authed<Profile>("/api/users/profile", { method: "PUT", body: changes });
export const changePassword = (currentPassword: string, newPassword: string) =>
  authed<void>("/api/users/password", { method: "PUT", body: { currentPassword, newPassword } });
