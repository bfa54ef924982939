import { join } from "node:path";
import { defineConfig } from "vitest/config";

// This run's recordings of the AWS calls each function makes (see the core's call-counter): the api, faults
// and e2e projects record into it, and the parity project, run after them, checks every IAM policy against it.
const awsCallsDir = (process.env.SLOTBOOK_AWS_CALLS_DIR ??= join(import.meta.dirname, "test-artifacts", "aws-calls", `${Date.now()}-${process.pid}`));
const recordCalls = "tests/parity/mark-project.ts";

/**
 * Projects: fast unit tests beside the code; offline stack synthesis; `npm start` and the CLIs; fault
 * injection (each starts its own local cloud); the API against the local cloud (started once per run by the
 * global setup); and browser tests against the local cloud with the web app.
 */
export default defineConfig({
  test: {
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    env: { POWERTOOLS_LOG_LEVEL: "SILENT", SST_TELEMETRY_DISABLED: "1", SLOTBOOK_AWS_CALLS_DIR: awsCallsDir },
    // Run order: every project together (group 1), then e2e, then parity. Explicit, because vitest runs
    // single-worker projects left at group 0 (all of them on a 2-core machine) after every numbered group.
    sequence: { groupOrder: 1 },
    projects: [
      { extends: true, test: { name: "unit", include: ["packages/*/src/**/*.test.ts", "web/src/**/*.test.ts"] } },
      { extends: true, test: { name: "infra", include: ["tests/infra/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 120_000 } },
      { extends: true, test: { name: "cli", include: ["tests/cli/**/*.test.ts"], testTimeout: 60_000 } },
      { extends: true, test: { name: "faults", include: ["tests/faults/**/*.test.ts"], globalSetup: [recordCalls], testTimeout: 60_000, hookTimeout: 60_000 } },
      {
        extends: true,
        test: {
          name: "api",
          include: ["tests/api/**/*.test.ts"],
          globalSetup: ["tests/support/local-cloud-setup.ts", recordCalls],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/site/global-setup.ts", recordCalls],
          // One browser at a time: Chromium is heavy on a 2-core runner, and the files share one site.
          fileParallelism: false,
          // After the other projects (as before), and before parity.
          sequence: { groupOrder: 2 },
          // The page reacts to the API, which shares 2 cores with the other projects' tests: give it time.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 90_000,
          hookTimeout: 150_000,
        },
      },
      // After every recording project: each function's IAM policy against the AWS calls it made in this run.
      { extends: true, test: { name: "parity", include: ["tests/parity/**/*.test.ts"], sequence: { groupOrder: 3 }, testTimeout: 180_000 } },
    ],
  },
});
