import * as z from "zod";

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
} as const;

const configSchema = z.object({
  tableName: z.string().min(1),
  // Not every function has these: the Cognito trigger cannot be told its own pool's id (a cycle in the
  // template). Each is read through `setting()`, which names the variable when one is missing.
  userPoolId: z.string().min(1).optional(),
  userPoolClientId: z.string().min(1).optional(),
  siteUrl: z.url().optional(),
  senderEmail: z.email().optional(),
  /** Only the API's functions sign cursors; the notifier runs without one. */
  cursorSecret: z.string().min(32, "must be at least 32 characters").optional(),
  siteBucket: z.string().min(1).optional(),
  sharePagesKvsArn: z.string().startsWith("arn:").optional(),
  sharePagesDir: z.string().min(1).optional(),
  siteShellFile: z.string().min(1).optional(),
  region: z.string().min(1),
  dynamoEndpoint: z.url().optional(),
  cognitoEndpoint: z.url().optional(),
  sesEndpoint: z.url().optional(),
});

export type Config = z.infer<typeof configSchema>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw: Record<string, string | undefined> = {
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION,
  };
  for (const [key, name] of Object.entries(configEnv)) raw[key] = env[name] || undefined;
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0]);
      const name = key === "region" ? "AWS_REGION" : configEnv[key as keyof typeof configEnv];
      return `${name}: ${issue.message}`;
    });
    throw new Error(`Invalid configuration: ${problems.join("; ")}`);
  }
  return parsed.data;
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
