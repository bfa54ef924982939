import {
  changePasswordInput,
  confirmInput,
  emailOnlyInput,
  loginInput,
  profileSchema,
  refreshedSchema,
  refreshInput,
  registeredSchema,
  registerInput,
  resetPasswordInput,
  tokensSchema,
  updateProfileInput,
} from "@slotbook/core";
import { healthSchema, sessionSchema } from "./http/schemas";
import type { RouteSpec } from "./http/route-spec";

const fn = (name: string) => `packages/functions/src/api/${name}.handler`;

/** Every route's throttle unless it names its own: room for a rush of fans on a popular event. */
export const defaultThrottle = { burstLimit: 2000, rateLimit: 1000 };

/** Sign-in and code requests are throttled per route before any Lambda runs, within Cognito's own auth quota. */
const credentialThrottle = { burstLimit: 200, rateLimit: 100 };

/**
 * THE route table: the single source of truth for API Gateway (stacks/Api.ts), the local gateway
 * (packages/local), the OpenAPI document and the authorization tests. A route added here exists everywhere.
 */
export const routes = {
  health: {
    method: "GET",
    path: "/api/health",
    handler: fn("health"),
    auth: "public",
    summary: "Liveness check",
    tags: ["meta"],
    responses: { 200: { description: "The API is up", schema: healthSchema } },
  },
  openapi: {
    method: "GET",
    path: "/api/openapi.json",
    handler: fn("openapi"),
    auth: "public",
    summary: "This API's OpenAPI 3.1 document",
    tags: ["meta"],
    responses: { 200: { description: "OpenAPI 3.1 document" } },
  },
  session: {
    method: "GET",
    path: "/api/auth/session",
    handler: fn("session"),
    auth: "user",
    summary: "Who the bearer token belongs to, read from its verified claims",
    tags: ["auth"],
    responses: { 200: { description: "The caller's identity and role", schema: sessionSchema } },
  },
  register: {
    method: "POST",
    path: "/api/auth/register",
    handler: fn("auth/register"),
    auth: "public",
    summary: "Sign up as a fan; a confirmation code is emailed",
    tags: ["auth"],
    request: { body: registerInput },
    responses: { 201: { description: "Registered; confirm with the emailed code", schema: registeredSchema } },
  },
  confirm: {
    method: "POST",
    path: "/api/auth/confirm",
    handler: fn("auth/confirm"),
    auth: "public",
    summary: "Confirm an email address with the emailed code",
    tags: ["auth"],
    request: { body: confirmInput },
    responses: { 204: { description: "Confirmed; the account can sign in" } },
  },
  resendConfirmation: {
    method: "POST",
    path: "/api/auth/confirm/resend",
    handler: fn("auth/resend-confirmation"),
    auth: "public",
    summary: "Email a new confirmation code (same answer whether or not the email has an account)",
    tags: ["auth"],
    request: { body: emailOnlyInput },
    throttle: credentialThrottle,
    responses: { 202: { description: "A code is on its way if the account exists and is unconfirmed" } },
  },
  login: {
    method: "POST",
    path: "/api/auth/login",
    handler: fn("auth/login"),
    auth: "public",
    summary: "Sign in with email and password",
    tags: ["auth"],
    request: { body: loginInput },
    throttle: credentialThrottle,
    responses: { 200: { description: "Tokens and the user", schema: tokensSchema } },
  },
  refresh: {
    method: "POST",
    path: "/api/auth/refresh",
    handler: fn("auth/refresh"),
    auth: "public",
    summary: "New access and id tokens from a refresh token",
    tags: ["auth"],
    request: { body: refreshInput },
    responses: { 200: { description: "Fresh tokens", schema: refreshedSchema } },
  },
  logout: {
    method: "POST",
    path: "/api/auth/logout",
    handler: fn("auth/logout"),
    auth: "user",
    summary: "Sign out: the refresh token is revoked",
    tags: ["auth"],
    request: { body: refreshInput },
    responses: { 204: { description: "Signed out" } },
  },
  forgotPassword: {
    method: "POST",
    path: "/api/auth/password/forgot",
    handler: fn("auth/forgot-password"),
    auth: "public",
    summary: "Email a password-reset code (same answer whether or not the email has an account)",
    tags: ["auth"],
    request: { body: emailOnlyInput },
    throttle: credentialThrottle,
    responses: { 202: { description: "A code is on its way if the account exists" } },
  },
  resetPassword: {
    method: "POST",
    path: "/api/auth/password/reset",
    handler: fn("auth/reset-password"),
    auth: "public",
    summary: "Set a new password with the emailed reset code",
    tags: ["auth"],
    request: { body: resetPasswordInput },
    throttle: credentialThrottle,
    responses: { 204: { description: "Password changed" } },
  },
  getProfile: {
    method: "GET",
    path: "/api/users/profile",
    handler: fn("users/get-profile"),
    auth: "user",
    summary: "The caller's profile",
    tags: ["users"],
    responses: { 200: { description: "Profile", schema: profileSchema } },
  },
  updateProfile: {
    method: "PUT",
    path: "/api/users/profile",
    handler: fn("users/update-profile"),
    auth: "user",
    summary: "Change name or phone (email is read-only)",
    tags: ["users"],
    request: { body: updateProfileInput },
    responses: { 200: { description: "The updated profile", schema: profileSchema } },
  },
  changePassword: {
    method: "PUT",
    path: "/api/users/password",
    handler: fn("users/change-password"),
    auth: "user",
    summary: "Change the password, given the current one",
    tags: ["users"],
    request: { body: changePasswordInput },
    responses: { 204: { description: "Password changed" } },
  },
  notFound: {
    method: "ANY",
    path: "/{proxy+}",
    handler: fn("not-found"),
    auth: "public",
    summary: "Any path no other route matches: the contract's 404 body instead of API Gateway's",
    responses: {},
    documented: false,
  },
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof routes;
export const routeList: ReadonlyArray<RouteSpec & { name: string }> = Object.entries(routes).map(
  ([name, route]) => ({ name, ...route }),
);
