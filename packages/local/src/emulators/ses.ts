import { createRequire } from "node:module";
import { startChild, type Child } from "../process/supervisor";
import { httpOk, waitUntilReady } from "../process/wait";

/** aws-ses-v2-local: the SES API plus a mailbox (`/` is its web UI, `/store` lists sent mail as JSON). */
export async function startSes(port: number): Promise<{ child: Child; endpoint: string }> {
  const bin = createRequire(import.meta.url).resolve("aws-ses-v2-local/dist/cli.js");
  const child = startChild("aws-ses-v2-local", process.execPath, [bin, "--port", String(port), "--host", "127.0.0.1"]);
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntilReady(child, httpOk(`${endpoint}/store`));
  return { child, endpoint };
}
