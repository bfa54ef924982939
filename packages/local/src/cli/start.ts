/**
 * `npm start`: the whole system on this machine. `npm start -- --fresh` wipes `.local/` first.
 * Ctrl-C (or any crash, an emulator dying, or the output pipe closing) stops every child process.
 */
import { parseArgs } from "node:util";
import { startLocalCloud, type LocalCloud } from "../cloud";
import { guardOutput, isOutputGone } from "../process/output-guard";
import { stopAll } from "../process/supervisor";
import { demoAdmin, demoFan } from "../seed";
import { dataDirFromEnv, portsFromEnv } from "../settings";

const { values: flags } = parseArgs({ options: { fresh: { type: "boolean", default: false } } });
const say = (line: string) => console.log(`[slotbook] ${line}`);
const startedAt = Date.now();
/** However stopping goes, the process is gone by then (its exit handler SIGKILLs any child left). */
const shutdownDeadlineMs = 15_000;

let cloud: LocalCloud | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(code), shutdownDeadlineMs).unref();
  say("Stopping…");
  await (cloud?.stop() ?? stopAll());
  process.exit(code);
}

// Nobody reads our output any more (EPIPE): stop writing, and stop everything rather than run on unseen.
guardOutput(() => void shutdown(1));

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
process.on("SIGHUP", () => void shutdown(0));
const crashed = (error: unknown) => {
  if (!isOutputGone(error)) console.error(error);
  void shutdown(1);
};
process.on("uncaughtException", crashed);
process.on("unhandledRejection", crashed);

/** An emulator (or vite) that dies leaves a half-dead cloud: say so in one line and stop everything. */
const childDied = (line: string) => {
  if (stopping) return;
  console.error(`[slotbook] ${line} Stopping everything; run \`npm start\` again (README: Troubleshooting).`);
  void shutdown(1);
};

try {
  cloud = await startLocalCloud({ ports: portsFromEnv(), dataDir: dataDirFromEnv(), fresh: flags.fresh, web: true, seed: true, log: say, onChildDeath: childDied });
} catch (error) {
  // Known start-up problems (Java missing, a port taken, an emulator failing) are one clear message.
  if (!stopping) console.error(`\n[slotbook] Could not start: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}

if (cloud && !stopping) {
  const { urls } = cloud;
  console.log(`
Slotbook is running (ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s). Ctrl-C stops everything.

  Web app        ${urls.web}
  Demo event     ${urls.demoEvent}
  API            ${urls.web}/api   (the site's own origin, as CloudFront serves it; health: ${urls.web}/api/health, readiness: ${urls.web}/api/health?deep=1, OpenAPI: ${urls.web}/api/openapi.json)
  API gateway    ${urls.api}/api   (direct, without the web server in front)
  Mailbox        ${urls.mailbox}   (every email the system sends)
  SMS outbox     ${urls.smsOutbox}   (every text message the system sends, as SNS would)
  DynamoDB Local ${urls.dynamodb}   (table ${cloud.tableName})
  cognito-local  ${urls.cognito}   (user pool ${cloud.userPoolId})

Demo sign-ins (local only):
  admin  ${demoAdmin.email} / ${demoAdmin.password}
  fan    ${demoFan.email} / ${demoFan.password}

Data is kept in ${cloud.dataDir} (npm start -- --fresh wipes it).
`);
}
