/*
 * The API's contract, shared by the server (core, functions, local, stacks) and the web app: request and
 * response schemas (zod/mini) and the types they give, limits, roles, the password policy, error codes, and
 * the paths of the API and of the site. Nothing here reaches Node or AWS. The web app imports types from here
 * and values only from the small zod-free modules (package.json's subpaths), so no schema reaches a browser.
 */
export * from "./limits";
export * from "./patterns";
export * from "./locales";
export * from "./password-policy";
export * from "./roles";
export * from "./error-codes";
export * as apiPaths from "./api-paths";
export * from "./api-path";
export * from "./site-paths";
export * from "./text/safe-text";
export * from "./api/schemas";
export * from "./users/schemas";
export * from "./events/schemas";
export * from "./events/details-input";
export * from "./events/write-schemas";
export * from "./bookings/answers";
export * from "./bookings/schemas";
export * from "./bookings/move-schemas";
export * from "./waitlist/schemas";
export * from "./reminders/schemas";

/** A page of a list: `nextCursor` asks for the next one. */
export interface Page<T> {
  items: T[];
  nextCursor?: string;
}
