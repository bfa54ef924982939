import { defineConfig } from "vitest/config";

/**
 * Four projects: fast unit tests beside the code, offline stack synthesis, `npm start` itself, and tests
 * against the local cloud (emulators + local gateway, started once per run by the global setup).
 */
export default defineConfig({
  test: {
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    env: { POWERTOOLS_LOG_LEVEL: "SILENT", SST_TELEMETRY_DISABLED: "1" },
    projects: [
      { extends: true, test: { name: "unit", include: ["packages/*/src/**/*.test.ts"] } },
      { extends: true, test: { name: "infra", include: ["tests/infra/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 120_000 } },
      { extends: true, test: { name: "cli", include: ["tests/cli/**/*.test.ts"], testTimeout: 60_000 } },
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
    ],
  },
});
