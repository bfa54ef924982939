import type { NodeJSProps } from "sst/constructs";
import { apiDocument } from "@slotbook/functions/openapi/api-document";

/** An esbuild plugin, of SST's own esbuild (the one that bundles the functions). */
type Plugin = NonNullable<NonNullable<NodeJSProps["esbuild"]>["plugins"]>[number];

/** Every function's bundle must stay under this, gzipped (the infra tests fail a function over it). */
export const functionGzipLimitBytes = 150 * 1024;

/**
 * Two of nodemailer's own modules, replaced by ours (packages/core/src/adapters/ses/): its table of about a
 * thousand content types by one of the types our mail has, and its URL fetcher (which loads node:http, and
 * with it undici) by one that refuses, as our messages never name a part by URL.
 */
const nodemailerReplacements: Array<[RegExp, string]> = [
  [/(?:^|\/)mime-types(?:\.js)?$/, "@slotbook/core/adapters/ses/mail-content-types"],
  [/(?:^|\/)fetch\/index(?:\.js)?$/, "@slotbook/core/adapters/ses/mail-url-fetch"],
];
const nodemailerModules: Plugin = {
  name: "nodemailer-modules",
  setup(build) {
    for (const [filter, replacement] of nodemailerReplacements) {
      build.onResolve({ filter }, (args) =>
        /[\\/]node_modules[\\/]nodemailer[\\/]/.test(args.importer) ? build.resolve(replacement, { kind: args.kind, resolveDir: args.resolveDir }) : undefined,
      );
    }
  },
};

/** Puts the OpenAPI document, built now, in the place of the module that builds it at run time from source. */
const prebuiltApiDocument: Plugin = {
  name: "prebuilt-api-document",
  setup(build) {
    build.onResolve({ filter: /(?:^|\/)openapi\/api-document$/ }, () => ({ path: "api-document", namespace: "prebuilt" }));
    build.onLoad({ filter: /.*/, namespace: "prebuilt" }, () => ({
      // A string parsed on first use: quicker to load than the same object written as a literal.
      contents: `const text = ${JSON.stringify(JSON.stringify(apiDocument()))};\nlet document;\nexport const apiDocument = () => (document ??= JSON.parse(text));\n`,
      loader: "js",
    }));
  },
};

/**
 * How SST's esbuild bundles every function (sst.config.ts's default function props; the cold-start
 * benchmark builds its bundles with the same options): one minified ES module per function, with only the
 * code its handler reaches. `sideEffects: false` in the workspace packages lets esbuild drop every module a
 * handler does not use, so a route carries no adapter, client or locale it never calls.
 *
 * - The AWS SDK is bundled (not the runtime's copy): measured 2x faster to initialise, and pinned.
 * - `@aws-sdk/credential-provider-node` (the SDK's default credential chain) is replaced by the part of it
 *   that applies in Lambda: the role's credentials from the environment
 *   (packages/functions/src/aws/lambda-credentials.ts).
 * - `keepNames` (SST's default) is off: nothing here reads a function's or class's `name` (the SDK's errors
 *   and ours set `name` themselves), and it costs size and import time in every bundle.
 * - Source maps are still written beside each bundle (SST's default), for reading a minified stack trace.
 * - nodemailer's table of about a thousand content types (half of nodemailer) is replaced by one of the few
 *   types our mail has, and its URL fetcher (node:http, and on Node 22 undici: 11 ms of cold start) by one
 *   that refuses; tests hold the bundled notifier's emails to the unbundled code's, part for part.
 * - The OpenAPI document is built here, once, and its function carries it as JSON text
 *   (packages/functions/src/openapi/api-document.ts): no function bundles zod-openapi or classic zod.
 * - Requests are checked with zod/mini schemas (packages/contract), each route's own and no view (views are
 *   the OpenAPI document's alone); logs are written by a logger of our own
 *   (packages/functions/src/http/logger.ts), not Powertools'.
 */
export const functionBundling = {
  format: "esm",
  minify: true,
  esbuild: {
    keepNames: false,
    // Resolved from the working directory, the project root for `sst` and for the tests and benchmark.
    alias: { "@aws-sdk/credential-provider-node": "@slotbook/functions/aws/lambda-credentials" },
    plugins: [nodemailerModules, prebuiltApiDocument],
  },
} satisfies NodeJSProps;
