import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../../..");
const testingDir = import.meta.dirname;

/** Source files of everything that ships (functions, the local cloud, the web app, the stacks), tests left out. */
function shippedSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || path === testingDir ? [] : shippedSources(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const importsOf = (source: string) => [...source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)["']([^"']+)["']/g)].map((match) => match[1]!);

describe("the in-memory ports", () => {
  it("are imported by tests only, so no function bundle carries them", () => {
    const files = ["packages/core/src", "packages/functions/src", "packages/local/src", "web/src", "stacks"].flatMap((dir) => shippedSources(join(root, dir)));
    // The walk must see the code that ships, or the check below proves nothing.
    expect(files.some((file) => file.endsWith("bookings/bookings.ts"))).toBe(true);
    expect(files.some((file) => file.endsWith("http/handler.ts"))).toBe(true);
    const offenders = files.filter((file) => importsOf(readFileSync(file, "utf8")).some((spec) => /(^|\/)testing(\/|$)|core\/testing/.test(spec))).map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});
