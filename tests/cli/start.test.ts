import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePorts, portSettings, repoRoot } from "@slotbook/local";
import { afterAll, describe, expect, it } from "vitest";

/** As `npm start` runs it: one Node process with tsx as its loader (no tsx CLI relaying signals to a child). */
const startScript = join(repoRoot, "packages/local/src/cli/start.ts");
const node = join(repoRoot, "node_modules", ".bin", "node");

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
  const child = spawn(node, ["--import", "tsx", startScript], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
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

/** The pid of the DynamoDB Local that listens on `port` (a grandchild of the test's `npm start`). */
function dynamoDbLocalPid(port: string): number {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
    } catch {
      continue;
    }
    const portAt = args.indexOf("-port");
    if (args.some((arg) => arg.endsWith("DynamoDBLocal.jar")) && portAt > 0 && args[portAt + 1] === port) return Number(entry);
  }
  throw new Error(`No DynamoDB Local on port ${port}`);
}

const portsOf = (env: Record<string, string>) => Object.entries(env).filter(([name]) => name.endsWith("_PORT")).map(([, port]) => Number(port));
const demoSlug = (output: string) => /Demo event\s+(\S+)/.exec(output)?.[1];

/** The process and all its descendants, children first found through /proc. */
function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces, so read after its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      continue;
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i += 1) for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

/** Waits for the process to exit; after `timeoutMs` it and every process it started are killed (no orphaned java). */
async function exitWithin(run: ReturnType<typeof start>, timeoutMs: number) {
  const timeout = new Promise<"still running">((resolve) => setTimeout(() => resolve("still running"), timeoutMs).unref());
  const outcome = await Promise.race([run.exited, timeout]);
  if (outcome === "still running") {
    for (const pid of processTree(run.child.pid!).reverse()) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }
  return outcome;
}

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

    // One origin, as CloudFront serves it: the site's own /api, with the same caching and the token passed on.
    const site = `http://localhost:${env.WEB_PORT}`;
    const viaSite = await fetch(`${site}/api/events/public/${slug}`);
    expect(viaSite.status).toBe(200);
    expect(viaSite.headers.get("cache-control")).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+$/);
    const { accessToken } = (await (await fetch(`${site}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) })).json()) as { accessToken: string };
    const session = await fetch(`${site}/api/auth/session`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(session.status).toBe(200);
    expect(session.headers.get("cache-control")).toBe("no-store");

    // The demo event's share page, rendered by the local publisher into the dev server's shell (with vite's
    // client), routed as CloudFront routes it; an unknown path is the 404 page.
    let sharePage: Response | undefined;
    for (let tries = 0; tries < 100 && sharePage?.status !== 200; tries++) {
      if (tries) await new Promise((resolve) => setTimeout(resolve, 100));
      sharePage = await fetch(`${site}/e/${slug}`);
    }
    const html = await sharePage!.text();
    expect(sharePage!.status).toBe(200);
    expect(html).toContain(`<h1 tabindex="-1">${((await (await fetch(`${site}/api/events/public/${slug}`)).json()) as { title: string }).title}</h1>`);
    expect(html).toContain("/@vite/client");
    expect((await fetch(`${site}/nowhere`)).status).toBe(404);

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

describe("npm start when something breaks", () => {
  it("after a restart the Demo event is still the seeded one; when an emulator dies it says so in one line and stops everything", async () => {
    const env = await portEnv();
    const first = start(env);
    await first.printed("Slotbook is running");
    const seeded = demoSlug(first.output());
    expect(seeded).toMatch(/\/e\/[a-z0-9-]+$/);

    // The demo admin makes another event (unpublished, and now the newest).
    const api = `http://localhost:${env.API_PORT}/api`;
    const post = (path: string, body: unknown, token?: string) =>
      fetch(`${api}${path}`, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
    const [, email, password] = /admin\s+(\S+@\S+) \/ (\S+)/.exec(first.output()) ?? [];
    const { accessToken } = (await (await post("/auth/login", { email, password })).json()) as { accessToken: string };
    const draft = await post("/events", { title: "A draft", date: "2031-03-03", timezone: "UTC", slots: [{ startTime: "09:00", endTime: "10:00" }] }, accessToken);
    expect(draft.status).toBe(201);
    first.child.kill("SIGINT");
    expect(await first.exited).toBe(0);

    const second = start(env);
    await second.printed("Slotbook is running");
    expect(demoSlug(second.output())).toBe(seeded);

    // DynamoDB Local dies under it.
    process.kill(dynamoDbLocalPid(env.DYNAMODB_PORT), "SIGKILL");
    expect(await exitWithin(second, 20_000)).toBe(1);
    const deaths = second.output().split("\n").filter((line) => line.includes("stopped unexpectedly"));
    expect(deaths).toEqual([expect.stringMatching(/^\[slotbook\] DynamoDB Local stopped unexpectedly \(killed by SIGKILL\)\. Stopping everything; run `npm start` again/)]);
    expect(second.output()).not.toMatch(/\n\s+at /); // no stack trace
    for (const port of portsOf(env)) expect(await portOpen(port), `port ${port} still answers`).toBe(false);
    await rm(env.LOCAL_DATA_DIR, { recursive: true, force: true });
  }, 150_000);

  it("when whoever reads its output goes away (EPIPE), it stops writing and stops everything instead of spinning", async () => {
    const env = await portEnv();
    // Handler logs on: every request then writes to the (soon closed) output.
    const run = start({ ...env, POWERTOOLS_LOG_LEVEL: "INFO" });
    await run.printed("Slotbook is running");
    run.child.stdout.destroy();
    run.child.stderr.destroy();
    expect((await fetch(`http://localhost:${env.API_PORT}/api/health`)).status).toBe(200);
    expect(await exitWithin(run, 20_000)).toBe(1);
    for (const port of portsOf(env)) expect(await portOpen(port), `port ${port} still answers`).toBe(false);
    await rm(env.LOCAL_DATA_DIR, { recursive: true, force: true });
  }, 90_000);
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
