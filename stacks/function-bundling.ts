import type { NodeJSProps } from "sst/constructs";

/** Every function's bundle must stay under this, gzipped (the infra tests fail a function over it). */
export const functionGzipLimitBytes = 150 * 1024;

/**
 * The functions the limit cannot hold yet, each held to a ceiling of its own instead (a few KB above what it
 * measured when set, so a new dependency still fails the test), and why. The domain services are split so a
 * route carries only what its own operation needs (event reads apart from writes, the calendar invite apart
 * from the other booking operations); what is left over the limit is what the notifier really uses.
 * A function back under the limit must leave this list (tested).
 */
export const functionGzipExceptions: Record<string, { limitBytes: number; why: string }> = {
  notifier: { limitBytes: 204 * 1024, why: "MIME (nodemailer), calendar invites (ical-generator, luxon, the time-zone database), the check-in code (uqr), DynamoDB, SES and SNS (texts) clients" },
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
 * - Requests are checked with zod/mini schemas (packages/contract), each route's own and no view (views are
 *   the OpenAPI document's alone, and classic zod is only in its function, through zod-openapi); logs are
 *   written by a logger of our own (packages/functions/src/http/logger.ts), not Powertools'.
 */
export const functionBundling = {
  format: "esm",
  minify: true,
  esbuild: {
    keepNames: false,
    // Resolved from the working directory, the project root for `sst` and for the tests and benchmark.
    alias: { "@aws-sdk/credential-provider-node": "@slotbook/functions/aws/lambda-credentials" },
  },
} satisfies NodeJSProps;
