import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePorts, portSettings, repoRoot } from "@slotbook/local";
import { afterAll, describe, expect, it } from "vitest";

const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
const startScript = join(repoRoot, "packages/local/src/cli/start.ts");

/** Free ports under the variables `npm start` reads (DYNAMODB_PORT, …), and a data directory of its own. */
type PortVariable = (typeof portSettings)[keyof typeof portSettings]["env"];
async function portEnv(): Promise<Record<PortVariable | "LOCAL_DATA_DIR", string>> {
  const ports = await freePorts();
  const env: Record<string, string> = { LOCAL_DATA_DIR: await mkdtemp(join(tmpdir(), "slotbook-start-")) };
  for (const [service, setting] of Object.entries(portSettings)) env[setting.env] = String(ports[service as keyof typeof ports]);
  return env as Record<PortVariable | "LOCAL_DATA_DIR", string>;
}

/** Runs `npm start`'s script on its own ports and data directory, so it never touches a developer's `.local/`. */
function start(env: Record<string, string>) {
  const child = spawn(tsx, [startScript], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const printed = async (text: string, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!output.includes(text)) {
      if (Date.now() > deadline) throw new Error(`"${text}" never appeared. Output:\n${output}`);
      if (child.exitCode !== null) throw new Error(`exited (${child.exitCode}) before "${text}". Output:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  return { child, exited, printed, output: () => output };
}

const portOpen = (port: number) =>
  fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) }).then(
    () => true,
    () => false,
  );

const servers: Server[] = [];
afterAll(() => servers.forEach((server) => server.close()));

describe("npm start", () => {
  it("prints every URL within 30 s, serves the API, and Ctrl-C stops every child process", async () => {
    const env = await portEnv();
    const run = start(env);
    await run.printed("Slotbook is running");
    const ports = Object.entries(env).filter(([name]) => name.endsWith("_PORT")).map(([, port]) => Number(port));
    for (const port of ports) expect(run.output()).toContain(`:${port}`);

    const health = await fetch(`http://localhost:${env.API_PORT}/api/health`);
    expect(await health.json()).toEqual({ status: "ok" });

    // The printed demo admin can sign in, as an admin.
    const [, email, password] = /admin\s+(\S+@\S+) \/ (\S+)/.exec(run.output()) ?? [];
    const login = await fetch(`http://localhost:${env.API_PORT}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
    expect(((await login.json()) as { user: unknown }).user).toMatchObject({ email, role: "admin" });

    // The printed demo event is published and bookable.
    const slug = /Demo event\s+\S+\/e\/(\S+)/.exec(run.output())?.[1];
    const demo = await fetch(`http://localhost:${env.API_PORT}/api/events/public/${slug}`);
    expect(demo.status).toBe(200);
    expect(((await demo.json()) as { slots: Array<{ available: number }> }).slots.length).toBeGreaterThan(0);
    expect((await fetch(`http://localhost:${env.WEB_PORT}/`)).status).toBe(200);

    run.child.kill("SIGINT");
    expect(await run.exited).toBe(0);
    for (const port of ports) expect(await portOpen(port), `port ${port} still answers`).toBe(false);
    await rm(env.LOCAL_DATA_DIR, { recursive: true, force: true });
  }, 60_000);

  it("says in one sentence which port is taken, without a stack trace", async () => {
    const env = await portEnv();
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(Number(env.COGNITO_PORT), "0.0.0.0", resolve));
    servers.push(squatter);
    const run = start(env);
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(`Port ${env.COGNITO_PORT} (cognito-local) is already in use`);
    expect(run.output()).toContain("COGNITO_PORT");
    expect(run.output()).not.toMatch(/\n\s+at /); // no stack trace
  }, 60_000);

  it("says in one sentence that Java 17+ is needed when there is no java", async () => {
    // Only the project's own bin folder (with its Node) on PATH: no java anywhere.
    const run = start({ ...(await portEnv()), PATH: join(repoRoot, "node_modules", ".bin") });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain("Java 17+ is needed to run DynamoDB Local, but `java` is not on PATH.");
    expect(run.output()).not.toMatch(/\n\s+at /);
  }, 30_000);

  it("refuses a malformed port setting with a clear message", async () => {
    const run = start({ ...(await portEnv()), API_PORT: "three thousand" });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('API_PORT must be a port number (1-65535), not "three thousand"');
  }, 30_000);
});

describe("npm start -- --fresh", () => {
  it("wipes the data directory", async () => {
    const { startLocalCloud } = await import("@slotbook/local");
    const dataDir = await mkdtemp(join(tmpdir(), "slotbook-fresh-"));
    const ports = await freePorts();
    const first = await startLocalCloud({ ports, dataDir });
    await first.stop();
    const second = await startLocalCloud({ ports, dataDir });
    expect(second.userPoolId).toBe(first.userPoolId); // kept between runs
    await second.stop();
    const fresh = await startLocalCloud({ ports, dataDir, fresh: true });
    expect(fresh.userPoolId).not.toBe(first.userPoolId);
    await fresh.stop();
    await rm(dataDir, { recursive: true, force: true });
  }, 60_000);
});
