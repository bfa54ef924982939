import { expect } from "vitest";

/**
 * A CloudFront function's own source run as the cloudfront-js-2.0 runtime runs it: its `cloudfront` module
 * stood in for by a KeyValueStore holding `slugs` (or failing).
 */
export function runAsCloudFront(code: string, slugs: ReadonlySet<string>, options: { failingStore?: boolean } = {}) {
  const match = /^import cf from "cloudfront";\n/.exec(code);
  expect(match, "the function imports CloudFront's module first, as the runtime requires").not.toBeNull();
  const cf = {
    kvs: () => ({
      exists: async (key: string) => {
        if (options.failingStore) throw new Error("KeyValueStore unavailable");
        return slugs.has(key);
      },
    }),
  };
  // eslint-disable-next-line no-new-func -- running the deployed function's source, as CloudFront does
  return new Function("cf", `${code.slice(match![0].length)}\nreturn handler;`)(cf) as (event: unknown) => Promise<any>;
}

