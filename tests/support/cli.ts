import { spawn } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "@slotbook/local";

const tsx = join(repoRoot, "node_modules", ".bin", "tsx");

/** Runs one of the repository's CLI scripts (`packages/local/src/cli/<name>.ts`) as a user would; its output, both streams. */
export function runCli(name: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(tsx, [join(repoRoot, `packages/local/src/cli/${name}.ts`), ...args], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.once("exit", (code) => resolve({ code, output }));
  });
}
