import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { startChild, type Child } from "../process/supervisor";
import { httpOk, waitUntilReady } from "../process/wait";

/** cognito-local keeps its data in `.cognito/` under its working directory, so we give it one in `.local/`. */
export async function startCognito(port: number, dataDir: string): Promise<{ child: Child; endpoint: string }> {
  await mkdir(dataDir, { recursive: true });
  const bin = createRequire(import.meta.url).resolve("cognito-local/lib/bin/start.js");
  const child = startChild("cognito-local", process.execPath, [bin], {
    cwd: dataDir,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" },
  });
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntilReady(child, httpOk(`${endpoint}/health`));
  return { child, endpoint };
}
