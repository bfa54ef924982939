import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { startChild, type Child } from "../process/supervisor";
import { httpOk, waitUntilReady } from "../process/wait";

/** vite's dev server for web/, told where the API and the user pool are, as the Web stack tells the build. */
export async function startWeb(options: { port: number; repoRoot: string; viteEnv: Record<string, string> }): Promise<{ child: Child; url: string }> {
  const webDir = join(options.repoRoot, "web");
  const vite = join(dirname(createRequire(join(webDir, "package.json")).resolve("vite/package.json")), "bin", "vite.js");
  const child = startChild("vite", process.execPath, [vite, "--port", String(options.port), "--strictPort", "--host", "127.0.0.1"], {
    cwd: webDir,
    env: { ...process.env, ...options.viteEnv },
  });
  const url = `http://localhost:${options.port}`;
  await waitUntilReady(child, httpOk(`http://127.0.0.1:${options.port}/`));
  return { child, url };
}
