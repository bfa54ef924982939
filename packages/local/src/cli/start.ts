/**
 * `npm start`: the whole system on this machine. `npm start -- --fresh` wipes `.local/` first.
 * Ctrl-C (or any crash) stops every child process.
 */
import { parseArgs } from "node:util";
import { startLocalCloud, type LocalCloud } from "../cloud";
import { stopAll } from "../process/supervisor";
import { demoAdmin, demoFan } from "../seed";
import { dataDirFromEnv, portsFromEnv } from "../settings";

const { values: flags } = parseArgs({ options: { fresh: { type: "boolean", default: false } } });
const say = (line: string) => console.log(`[slotbook] ${line}`);
const startedAt = Date.now();

let cloud: LocalCloud | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  say("Stopping…");
  await (cloud?.stop() ?? stopAll());
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
process.on("SIGHUP", () => void shutdown(0));
process.on("uncaughtException", (error) => {
  console.error(error);
  void shutdown(1);
});
process.on("unhandledRejection", (error) => {
  console.error(error);
  void shutdown(1);
});

try {
  cloud = await startLocalCloud({ ports: portsFromEnv(), dataDir: dataDirFromEnv(), fresh: flags.fresh, web: true, seed: true, log: say });
} catch (error) {
  // Known start-up problems (Java missing, a port taken, an emulator failing) are one clear message.
  console.error(`\n[slotbook] Could not start: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}

if (cloud) {
  const { urls } = cloud;
  console.log(`
Slotbook is running (ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s). Ctrl-C stops everything.

  Web app        ${urls.web}
  Demo event     ${urls.demoEvent}
  API            ${urls.api}/api   (health: ${urls.api}/api/health, OpenAPI: ${urls.api}/api/openapi.json)
  Mailbox        ${urls.mailbox}   (every email the system sends)
  DynamoDB Local ${urls.dynamodb}   (table ${cloud.tableName})
  cognito-local  ${urls.cognito}   (user pool ${cloud.userPoolId})

Demo sign-ins (local only):
  admin  ${demoAdmin.email} / ${demoAdmin.password}
  fan    ${demoFan.email} / ${demoFan.password}

Data is kept in ${cloud.dataDir} (npm start -- --fresh wipes it).
`);
}
