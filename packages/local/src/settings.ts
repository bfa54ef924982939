import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file is packages/local/src/settings.ts). */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** Local cloud ports: defaults, overridable by these environment variables. */
export const portSettings = {
  dynamodb: { env: "DYNAMODB_PORT", default: 8000, label: "DynamoDB Local" },
  cognito: { env: "COGNITO_PORT", default: 9229, label: "cognito-local" },
  ses: { env: "SES_PORT", default: 8005, label: "aws-ses-v2-local" },
  sns: { env: "SNS_PORT", default: 8006, label: "local SMS outbox (SNS)" },
  api: { env: "API_PORT", default: 3000, label: "local API gateway" },
  web: { env: "WEB_PORT", default: 5173, label: "web app (vite)" },
} as const;

export type Service = keyof typeof portSettings;
export type Ports = Record<Service, number>;

export function portsFromEnv(env: NodeJS.ProcessEnv = process.env): Ports {
  const ports = {} as Ports;
  for (const [service, setting] of Object.entries(portSettings) as Array<[Service, (typeof portSettings)[Service]]>) {
    const raw = env[setting.env];
    const port = raw === undefined || raw === "" ? setting.default : Number(raw);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new Error(`${setting.env} must be a port number (1-65535), not "${raw}".`);
    }
    ports[service] = port;
  }
  return ports;
}

export const localTableName = "slotbook-local";
export const localRegion = "us-east-1";
export const localSenderEmail = "bookings@slotbook.local";

/** Where the emulators keep their data: `.local/` in the repo, or LOCAL_DATA_DIR. */
export const dataDirFromEnv = (env: NodeJS.ProcessEnv = process.env) => resolve(repoRoot, env.LOCAL_DATA_DIR || ".local");
