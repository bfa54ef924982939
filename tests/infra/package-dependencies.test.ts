import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Each server workspace declares what its source imports: a bare import is one of its own dependencies (a test
 * file may use its devDependencies; a type-only import its @types package), so a package works wherever it is
 * installed, not only beside the others' hoisted modules. The contract imports nothing but zod.
 */
const root = new URL("../../", import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Each bare import of the file: its package, whether only types are imported. */
function bareImports(file: string): Array<{ name: string; typeOnly: boolean }> {
  const text = readFileSync(file, "utf8");
  const found = [...text.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^;"']*?\sfrom\s+)?["']([^"'./][^"']*)["']|import\(\s*["']([^"'./][^"']*)["']\s*\)/gm)];
  return found
    .map((match) => ({ spec: (match[2] ?? match[3])!, typeOnly: Boolean(match[1]) }))
    .filter(({ spec }) => !spec.startsWith("node:"))
    .map(({ spec, typeOnly }) => ({ name: spec.split("/").slice(0, spec.startsWith("@") ? 2 : 1).join("/"), typeOnly }));
}

function undeclared(workspace: string): string[] {
  const manifest = JSON.parse(readFileSync(join(root, workspace, "package.json"), "utf8")) as { name: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
  const runtime = new Set([manifest.name, ...Object.keys(manifest.dependencies ?? {})]);
  const dev = new Set([...runtime, ...Object.keys(manifest.devDependencies ?? {})]);
  return sources(join(root, workspace, "src")).flatMap((file) => {
    const declared = /\.test\.ts$/.test(file) ? dev : runtime;
    return bareImports(file)
      .filter(({ name, typeOnly }) => !declared.has(name) && !(typeOnly && dev.has(`@types/${name}`)))
      .map(({ name }) => `${file.slice(root.length)} imports ${name}`);
  });
}

describe("the workspaces' dependencies", () => {
  it.each(["packages/contract", "packages/core", "packages/functions", "packages/local"])("%s declares every package its source imports", (workspace) => {
    expect(undeclared(workspace)).toEqual([]);
  });

  it("keep the contract free of Node and AWS: it depends on zod alone", () => {
    const manifest = JSON.parse(readFileSync(join(root, "packages/contract/package.json"), "utf8")) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies)).toEqual(["zod"]);
    const nodeImports = sources(join(root, "packages/contract/src")).filter((file) => /from\s+["']node:/.test(readFileSync(file, "utf8")));
    expect(nodeImports).toEqual([]);
  });
});
