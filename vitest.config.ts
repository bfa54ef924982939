import { defineConfig } from "vitest/config";

/**
 * Projects: fast unit tests beside the code; offline stack synthesis; `npm start` and the CLIs; fault
 * injection (each starts its own local cloud); the API against the local cloud (started once per run by the
 * global setup); and browser tests against the local cloud with the web app.
 */
export default defineConfig({
  test: {
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    env: { POWERTOOLS_LOG_LEVEL: "SILENT", SST_TELEMETRY_DISABLED: "1" },
    projects: [
      { extends: true, test: { name: "unit", include: ["packages/*/src/**/*.test.ts", "web/src/**/*.test.ts"] } },
      { extends: true, test: { name: "infra", include: ["tests/infra/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 120_000 } },
      { extends: true, test: { name: "cli", include: ["tests/cli/**/*.test.ts"], testTimeout: 60_000 } },
      { extends: true, test: { name: "faults", include: ["tests/faults/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 60_000 } },
      {
        extends: true,
        test: {
          name: "api",
          include: ["tests/api/**/*.test.ts"],
          globalSetup: ["tests/support/local-cloud-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/site/global-setup.ts"],
          // One browser at a time: Chromium is heavy on a 2-core runner, and the files share one site.
          fileParallelism: false,
          // The page reacts to the API, which shares 2 cores with the other projects' tests: give it time.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 90_000,
          hookTimeout: 150_000,
        },
      },
    ],
  },
});
