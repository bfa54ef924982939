import { configEnv } from "@slotbook/core/config";
import { parseOfferWindows } from "@slotbook/core/waitlist/offer-window";

/** The emulator endpoints and the local share-page folder: set by packages/local only, never in AWS. */
type LocalOnlySetting = "dynamoEndpoint" | "cognitoEndpoint" | "sesEndpoint" | "snsEndpoint" | "sharePagesDir" | "siteShellFile";
/** The share-page publisher's own settings, added with `publisherOnlyEnvironment`. */
type PublisherOnlySetting = "siteBucket" | "sharePagesKvsArn";
/** Settings only some functions get (the API's), added with `apiOnlyEnvironment`. */
type ApiOnlySetting = "cursorSecret";
/** The release-link key: the API's functions (which check links) and the reminder sweep (which signs them). */
type ReleaseLinkSetting = "releaseLinkSecret";
export type DeployedSettings = Record<Exclude<keyof typeof configEnv, LocalOnlySetting | ApiOnlySetting | PublisherOnlySetting | ReleaseLinkSetting>, string>;

/**
 * The environment every function reads its configuration from, under the names in `configEnv`. Typed on
 * those names, so a setting added to the core's config fails to compile here until a stack provides it.
 */
export function functionEnvironment(settings: DeployedSettings): Record<string, string> {
  const entries = Object.entries(settings) as Array<[keyof DeployedSettings, string]>;
  return Object.fromEntries(entries.map(([key, value]) => [configEnv[key], value]));
}

/** The API functions' own settings, under their `configEnv` names. */
export const apiOnlyEnvironment = (settings: Record<ApiOnlySetting, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(settings).map(([key, value]) => [configEnv[key as ApiOnlySetting], value]));

/** The key of reminders' release links, under its `configEnv` name (a dynamic reference to the stage's secret). */
export const releaseLinkEnvironment = (releaseLinkSecret: string): Record<string, string> => ({ [configEnv.releaseLinkSecret]: releaseLinkSecret });

/** The share-page publisher's own settings, under their `configEnv` names. */
export const publisherOnlyEnvironment = (settings: Record<PublisherOnlySetting, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(settings).map(([key, value]) => [configEnv[key as PublisherOnlySetting], value]));

/**
 * The From address of the app's email, given per stage at deploy time (CI: `vars.SENDER_EMAIL`); the
 * Notifications stack will verify it with SES. The fallback only keeps the config valid for stages
 * deployed without one.
 */
export const senderEmail = (): string => process.env.SENDER_EMAIL || "no-reply@example.com";

/**
 * Where the stage's alarms are emailed (CI: `vars.ALARM_EMAIL`): the address gets a subscription
 * confirmation from SNS on the first deploy. Unset: the alarms still exist, in the console only.
 */
export const alarmEmail = (): string | undefined => process.env.ALARM_EMAIL || undefined;

/** Whether the user pool sends its codes through SES (set once the sender identity is verified). */
export const cognitoMailViaSes = (): boolean => process.env.COGNITO_EMAIL_VIA_SES === "true";

/**
 * How long waitlist offers hold, per stage (deploy variable WAITLIST_OFFER_WINDOWS, checked here so a typo
 * fails the deploy, not the first offer); unset: the defaults (see README).
 */
function offerWindowsEnvironment(): Record<string, string> {
  const value = process.env.WAITLIST_OFFER_WINDOWS;
  if (!value) return {};
  parseOfferWindows(value);
  return { WAITLIST_OFFER_WINDOWS: value };
}

/** What the API's functions and the notifier share: the app's settings and the stage's offer windows. */
export function appEnvironment(stage: { tableName: string; userPoolId: string; userPoolClientId: string; siteUrl: string; senderEmail: string }): Record<string, string> {
  return { ...functionEnvironment(stage), ...offerWindowsEnvironment() };
}
