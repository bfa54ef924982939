import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runAsFunction } from "@slotbook/core";
import { splitHandler } from "@slotbook/functions";

const loaded = new Map<string, Promise<(...args: never[]) => Promise<unknown>>>();

/**
 * Imports a Lambda handler by its SST handler string (`packages/functions/src/api/health.handler`), as
 * the stack deploys it, once per process. Each invocation runs as that function, so the AWS calls it makes
 * are recorded as its own (see the core's call-counter), as if it ran in its own Lambda.
 */
export function loadHandler<F extends (...args: never[]) => Promise<unknown>>(repoRoot: string, handler: string): Promise<F> {
  let entry = loaded.get(handler);
  if (!entry) {
    const { file, exportName } = splitHandler(handler);
    entry = import(pathToFileURL(join(repoRoot, `${file}.ts`)).href).then((module) => {
      const fn = module[exportName];
      if (typeof fn !== "function") throw new Error(`${handler}: the module has no export "${exportName}"`);
      return (...args: unknown[]) => runAsFunction(handler, () => fn(...args));
    });
    loaded.set(handler, entry);
  }
  return entry as Promise<F>;
}
