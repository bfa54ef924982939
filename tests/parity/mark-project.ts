import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { awsCallsDirEnv } from "@slotbook/core";

/** The projects whose runs record the AWS calls the permission check (tests/parity) holds the policies to. */
export const recordingProjects = ["api", "faults", "e2e"] as const;

/**
 * A global setup of each recording project: notes in this run's recordings directory that the project ran
 * (vitest runs a project's global setup only when it has test files to run), so the check can tell a
 * complete set of recordings from a partial run.
 */
export default function markProject(project: TestProject) {
  const dir = process.env[awsCallsDirEnv];
  if (!dir) throw new Error(`${awsCallsDirEnv} is not set: vitest.config.ts chooses the recordings directory of each run.`);
  mkdirSync(join(dir, "projects"), { recursive: true });
  writeFileSync(join(dir, "projects", project.name), new Date().toISOString());
}
