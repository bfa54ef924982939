import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { repoRoot } from "@slotbook/local";
import type { SiteInfo } from "./site-info";

const readyMarker = "SLOTBOOK_SITE_READY ";
const startTimeoutMs = 120_000;

/**
 * Starts the site as it ships (serve-site.ts, in its own process): the local cloud and a production build
 * served by vite preview. For the browser tests' global setup and the public page benchmark.
 */
export async function startSite(): Promise<{ info: SiteInfo; stop: () => Promise<void> }> {
  const tsx = join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs");
  const child = spawn(process.execPath, [tsx, join(import.meta.dirname, "serve-site.ts")], {
    cwd: repoRoot,
    env: { ...process.env, POWERTOOLS_LOG_LEVEL: "SILENT" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stderr.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000)));

  const info = await new Promise<SiteInfo>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The site did not start within ${startTimeoutMs / 1000} s.\n${output}`)), startTimeoutMs);
    createInterface({ input: child.stdout }).on("line", (line) => {
      if (line.startsWith(readyMarker)) {
        clearTimeout(timer);
        resolve(JSON.parse(line.slice(readyMarker.length)) as SiteInfo);
      } else output = (output + line + "\n").slice(-8000);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The site exited (code ${code}) before it was ready.\n${output}`));
    });
  });

  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const killer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(killer);
  };
  return { info, stop };
}
