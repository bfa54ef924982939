/**
 * Each deployed function's bundle size and cold import, against its floor: a bundle of just the AWS SDK
 * clients it uses (hello world for a function that uses none), built the same way (SST's esbuild, the
 * app's bundling options, Lambda's credential provider). For comparison, a second floor bundles the same
 * clients with the SDK's own default credential chain, i.e. what those clients cost before this build.
 * `npm run bench` prints it last; `npx tsx bench/cold-start.ts` runs it alone (COLD_START_ROUNDS=n to change
 * the 15 rounds).
 *
 * A cold import is what a Lambda cold start spends on the code: a fresh Node process, from its start until
 * `import()` of the bundle has resolved (Node's bootstrap included, as in a Lambda's init). Every round
 * starts each function and each floor once, interleaved in an order of its own, so load on the machine and
 * a bundle's place in the round weigh on both alike; the times are medians over the rounds, and the ratio is
 * the median of each round's own ratio (a function against its floor of the same round). Which SDK clients
 * a function uses comes from what it declares (its IAM access and its route's call budget), the same
 * declarations the infra tests hold its bundle to.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { functionGzipLimitBytes } from "../stacks/function-bundling";
import { buildFloor, buildFunction, deployedFunctions, floorName, type BuiltBundle, type DeployedFunction } from "./function-bundles";
import { percentile } from "./load";

const run = promisify(execFile);

/** The most a function's cold import may take, as a multiple of its floor's. */
export const coldImportTarget = 1.25;

export interface ColdStart {
  fn: DeployedFunction;
  floorName: string;
  bundle: { bytes: number; gzipBytes: number };
  /** Medians, in ms: process start → bundle imported, for the function and its floor. */
  coldMs: number;
  floorColdMs: number;
  /** The same SDK clients bundled with the SDK's own default credential chain (what they cost before this build). */
  sdkDefaultFloorColdMs: number;
  /** The function's median `import()` alone (without Node's bootstrap), in ms. */
  importMs: number;
  /** The median over the rounds of the function's cold import against its floor's in the same round. */
  ratio: number;
}

/** A Lambda-like environment: a region and the role's credentials in the environment, nothing of ours. */
const lambdaEnv = {
  PATH: process.env.PATH ?? "",
  TZ: "UTC",
  AWS_REGION: "eu-central-1",
  AWS_ACCESS_KEY_ID: "AKIDBENCH",
  AWS_SECRET_ACCESS_KEY: "bench",
  AWS_SESSION_TOKEN: "bench",
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE: "512",
};

/** One cold import in a fresh process: [ms from process start to imported, ms of the import itself]. */
async function coldImport(file: string): Promise<[number, number]> {
  const script = `const t0 = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); const t1 = performance.now(); process.stdout.write(JSON.stringify([t1, t1 - t0]));`;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { env: lambdaEnv });
  return JSON.parse(stdout) as [number, number];
}

/** The items in an order of their own for each seed (a seeded Fisher-Yates shuffle: runs are repeatable). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const order = [...items];
  let state = seed * 2654435761;
  const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);

export async function measureColdStarts(options: { rounds?: number; say?: (line: string) => void } = {}): Promise<ColdStart[]> {
  const rounds = options.rounds ?? 15;
  const say = options.say ?? (() => {});
  const outDir = await mkdtemp(join(tmpdir(), "slotbook-cold-start-"));
  try {
    const functions = deployedFunctions();
    say(`Bundling ${functions.length} functions and their floors…`);
    const floors = new Map<string, BuiltBundle>();
    for (const fn of functions) {
      if (floors.has(floorName(fn))) continue;
      floors.set(floorName(fn), await buildFloor(fn, outDir));
      if (floorName(fn) !== "hello-world") floors.set(`${floorName(fn)} (SDK default credentials)`, await buildFloor(fn, outDir, { sdkDefaultCredentials: true }));
    }
    const bundles = new Map<string, BuiltBundle>();
    for (const fn of functions) bundles.set(fn.name, await buildFunction(fn.handler, outDir));

    const files = [...[...floors].map(([name, bundle]) => [`floor:${name}`, bundle.file]), ...[...bundles].map(([name, bundle]) => [name, bundle.file])];
    const cold = new Map<string, number[]>(files.map(([key]) => [key!, []]));
    const imports = new Map<string, number[]>(files.map(([key]) => [key!, []]));
    for (let round = 1; round <= rounds; round++) {
      say(`Cold imports, round ${round}/${rounds}…`);
      // In a new order each round, so that no bundle is always measured first or last in a round.
      for (const [key, file] of shuffled(files, round)) {
        const [total, imported] = await coldImport(file!);
        cold.get(key!)!.push(total);
        imports.get(key!)!.push(imported);
      }
    }
    return functions.map((fn) => {
      const bundle = bundles.get(fn.name)!;
      const coldMs = median(cold.get(fn.name)!);
      const floorRounds = cold.get(`floor:${floorName(fn)}`)!;
      const floorColdMs = median(floorRounds);
      const sdkDefault = cold.get(`floor:${floorName(fn)} (SDK default credentials)`);
      return {
        fn,
        floorName: floorName(fn),
        bundle: { bytes: bundle.bytes, gzipBytes: bundle.gzipBytes },
        coldMs,
        floorColdMs,
        sdkDefaultFloorColdMs: sdkDefault ? median(sdkDefault) : floorColdMs,
        importMs: median(imports.get(fn.name)!),
        ratio: median(cold.get(fn.name)!.map((ms, round) => ms / floorRounds[round]!)),
      };
    });
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/** The README's table: per function, its gzipped size and cold import against its floor's. */
export function coldStartTable(results: ColdStart[]): string[] {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const overSize = results.filter((result) => result.bundle.gzipBytes > functionGzipLimitBytes).length;
  const overRatio = results.filter((result) => result.ratio > coldImportTarget).length;
  return [
    `| function | SDK clients (floor) | bundle | gzip | cold import | floor | ratio | floor, SDK's default credentials | ratio to it | import() alone |`,
    `|---|---|---|---|---|---|---|---|---|---|`,
    ...results.map((result) =>
      [
        result.fn.name,
        result.floorName,
        `${kb(result.bundle.bytes)} KB`,
        `${kb(result.bundle.gzipBytes)} KB${result.bundle.gzipBytes > functionGzipLimitBytes ? " ✗" : ""}`,
        `${result.coldMs.toFixed(1)} ms`,
        `${result.floorColdMs.toFixed(1)} ms`,
        `${result.ratio.toFixed(2)}x${result.ratio > coldImportTarget ? " ✗" : ""}`,
        `${result.sdkDefaultFloorColdMs.toFixed(1)} ms`,
        `${(result.coldMs / result.sdkDefaultFloorColdMs).toFixed(2)}x`,
        `${result.importMs.toFixed(1)} ms`,
      ].join(" | ").replace(/^/, "| ").replace(/$/, " |"),
    ),
    "",
    `${results.length} functions (Node ${process.versions.node}): ${results.length - overSize} within ${kb(functionGzipLimitBytes)} KB gzipped, ` +
      `${results.length - overRatio} within ${coldImportTarget}x their floor's cold import (✗ marks the others).`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const rounds = Number(process.env.COLD_START_ROUNDS ?? 15);
  const results = await measureColdStarts({ rounds, say: (line) => process.stderr.write(`${line}\n`) });
  console.log(`\n## Function bundles and cold imports (median of ${rounds} fresh processes each)\n`);
  for (const line of coldStartTable(results)) console.log(line);
}
