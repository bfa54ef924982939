/**
 * Runtime configuration, read from the environment. The stacks set these variables on every function
 * and packages/local sets the same ones for the local cloud: one list of names, used by both.
 */
export const configEnv = {
  tableName: "TABLE_NAME",
  userPoolId: "USER_POOL_ID",
  userPoolClientId: "USER_POOL_CLIENT_ID",
  siteUrl: "SITE_URL",
  senderEmail: "SENDER_EMAIL",
  /** The key that signs list cursors (per stage; a generated secret in AWS, random per run locally). */
  cursorSecret: "CURSOR_SECRET",
  /** The key that signs reminders' "release my seat" links (per stage, like the cursor key): the API and the reminder sweep. */
  releaseLinkSecret: "RELEASE_LINK_SECRET",
  /** The share-page publisher's: the site bucket and the CloudFront KeyValueStore of published slugs (AWS). */
  siteBucket: "SITE_BUCKET",
  sharePagesKvsArn: "SHARE_PAGES_KVS_ARN",
  /** Local cloud only: the folder the publisher writes share pages into, and the site shell it renders them in. */
  sharePagesDir: "SHARE_PAGES_DIR",
  siteShellFile: "SITE_SHELL_FILE",
  /** Local cloud only: emulator endpoints. Unset in AWS, where the SDK finds the real services. */
  dynamoEndpoint: "DYNAMODB_ENDPOINT",
  cognitoEndpoint: "COGNITO_ENDPOINT",
  sesEndpoint: "SES_ENDPOINT",
  /** The local SMS outbox, an SNS stand-in (packages/local). */
  snsEndpoint: "SNS_ENDPOINT",
} as const;

/** The configuration, read and checked (see readConfig). */
export interface Config {
  tableName: string;
  // Not every function has these: the Cognito trigger cannot be told its own pool's id (a cycle in the
  // template). Each is read through `setting()`, which names the variable when one is missing.
  userPoolId?: string;
  userPoolClientId?: string;
  siteUrl?: string;
  senderEmail?: string;
  /** Only the API's functions sign cursors; the notifier runs without one. */
  cursorSecret?: string;
  /** The reminder sweep signs release links with it and the release routes check them. */
  releaseLinkSecret?: string;
  siteBucket?: string;
  sharePagesKvsArn?: string;
  sharePagesDir?: string;
  siteShellFile?: string;
  region: string;
  dynamoEndpoint?: string;
  cognitoEndpoint?: string;
  sesEndpoint?: string;
  snsEndpoint?: string;
}

/** A check of one setting: the value to use, or what is wrong with it. */
type Check = (value: string) => { value: string } | { problem: string };

const text: Check = (value) => ({ value });
/** As zod's `z.url()`: any URL the WHATWG parser takes, trimmed (tabs and newlines dropped, as the parser does). */
const url: Check = (value) => {
  const trimmed = value.trim();
  return URL.canParse(trimmed) ? { value: trimmed.replace(/[\t\n\r]/g, "") } : { problem: "Invalid URL" };
};
/** zod's `z.email()` pattern. */
const emailPattern = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
const email: Check = (value) => (emailPattern.test(value) ? { value } : { problem: "Invalid email address" });

/**
 * How each setting is checked, and whether every function needs it. Plain checks rather than a zod schema:
 * functions that validate no request (the notifier, the share-page publisher, the scheduled sweep, the
 * Cognito trigger) then carry no zod at all.
 */
const settings: { [K in keyof Config]-?: { check: Check; required?: true } } = {
  tableName: { check: text, required: true },
  userPoolId: { check: text },
  userPoolClientId: { check: text },
  siteUrl: { check: url },
  senderEmail: { check: email },
  cursorSecret: { check: (value) => (value.length >= 32 ? { value } : { problem: "must be at least 32 characters" }) },
  releaseLinkSecret: { check: (value) => (value.length >= 32 ? { value } : { problem: "must be at least 32 characters" }) },
  siteBucket: { check: text },
  sharePagesKvsArn: { check: (value) => (value.startsWith("arn:") ? { value } : { problem: 'Invalid string: must start with "arn:"' }) },
  sharePagesDir: { check: text },
  siteShellFile: { check: text },
  region: { check: text, required: true },
  dynamoEndpoint: { check: url },
  cognitoEndpoint: { check: url },
  sesEndpoint: { check: url },
  snsEndpoint: { check: url },
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw: Record<string, string | undefined> = {
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION,
  };
  // An empty variable counts as unset.
  for (const [key, name] of Object.entries(configEnv)) raw[key] = env[name] || undefined;
  const parsed: Record<string, string> = {};
  const problems: string[] = [];
  for (const [key, { check, required }] of Object.entries(settings)) {
    const name = key === "region" ? "AWS_REGION" : configEnv[key as keyof typeof configEnv];
    const value = raw[key];
    if (value === undefined) {
      if (required) problems.push(`${name}: is not set`);
      continue;
    }
    const outcome = check(value);
    if ("problem" in outcome) problems.push(`${name}: ${outcome.problem}`);
    else parsed[key] = outcome.value;
  }
  if (problems.length > 0) throw new Error(`Invalid configuration: ${problems.join("; ")}`);
  return parsed as unknown as Config;
}

let cached: Config | undefined;

/** The process's configuration, read once (a Lambda's environment never changes while it runs). */
export function config(): Config {
  cached ??= readConfig();
  return cached;
}

type OptionalSetting = { [K in keyof Config]-?: undefined extends Config[K] ? K : never }[keyof Config];

/** A setting only some functions have: its value, or an error naming the variable this function lacks. */
export function setting<K extends OptionalSetting>(key: K): NonNullable<Config[K]> {
  const value = config()[key];
  if (value === undefined) throw new Error(`${configEnv[key as keyof typeof configEnv]} is not set for this function.`);
  return value as NonNullable<Config[K]>;
}
