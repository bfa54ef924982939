import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiDocument } from "@slotbook/functions/openapi/api-document";
import { openapi } from "@slotbook/functions/routes";
import { buildFunction, type BuiltBundle } from "../../bench/function-bundles";

/**
 * The deployed OpenAPI function carries the document built at bundle time (stacks/function-bundling.ts), not
 * the code that builds it: it must answer exactly the document the route table makes from source.
 */
let outDir: string;
let bundle: BuiltBundle;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "slotbook-openapi-bundle-"));
  bundle = await buildFunction(openapi.handler, outDir);
}, 60_000);
afterAll(() => rm(outDir, { recursive: true, force: true }));

const request = {
  version: "2.0",
  routeKey: `GET ${openapi.path}`,
  rawPath: openapi.path,
  rawQueryString: "",
  headers: {},
  isBase64Encoded: false,
  requestContext: { requestId: "req-openapi", http: { method: "GET", path: openapi.path, protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "test" } },
};

describe("the deployed OpenAPI function", () => {
  it("carries the document, not zod-openapi, classic zod or the route table's schemas", () => {
    // What is in the bundle's code (the metafile's inputs list every file read, shaken out or not).
    const inputs = Object.values(bundle.metafile.outputs).flatMap((output) => Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path));
    expect(inputs.filter((path) => /node_modules[\\/](zod|zod-openapi)[\\/]/.test(path))).toEqual([]);
    expect(inputs.filter((path) => path.includes("packages/contract/src/events"))).toEqual([]);
  });

  it("answers the very document the route table builds from source", async () => {
    const { handler } = (await import(pathToFileURL(bundle.file).href)) as { handler: (event: unknown, context: unknown) => Promise<{ statusCode: number; body: string }> };
    const response = await handler(request, {});
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toEqual(JSON.parse(JSON.stringify(apiDocument())));
    expect(Object.keys(JSON.parse(response.body).paths as object).length).toBeGreaterThan(30);
  });
});
