/*
 * The API's contract, shared by the server (core, functions, local, stacks) and the web app: request and
 * response schemas (zod/mini) and the types they give, limits, roles, the password policy, error codes, and
 * the paths of the API and of the site. Nothing here reaches Node or AWS. The web app imports types from here
 * and values only from the small zod-free modules (package.json's subpaths), so no schema reaches a browser.
 * Request schemas and views live in modules of their own, so a route's function carries no view.
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
// Requests: what the API's routes read and check.
export * from "./ids";
export * from "./users/fields";
export * from "./users/inputs";
export * from "./events/inputs";
export * from "./events/details-input";
export * from "./events/write-schemas";
export * from "./bookings/answers";
export * from "./bookings/inputs";
export * from "./bookings/move-input";
export * from "./waitlist/inputs";
export * from "./reminders/inputs";
// Answers: the views, for the OpenAPI document and the view types (nothing parses with them).
export * from "./api/views";
export * from "./users/views";
export * from "./events/views";
export * from "./bookings/views";
export * from "./waitlist/views";
export * from "./reminders/views";

/** A page of a list: `nextCursor` asks for the next one. */
export interface Page<T> {
  items: T[];
  nextCursor?: string;
}
