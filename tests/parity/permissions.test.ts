import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { awsCallsDirEnv } from "@slotbook/core";
import { synthesize } from "../infra/synth";
import { grantedPermissions, parityProblems, readRecordings, recordedPermissions, type TemplateJson } from "./iam-parity";
import { recordingProjects } from "./mark-project";

/**
 * Runs after the api, faults and e2e projects (vitest.config.ts: sequence.groupOrder), on the AWS calls
 * their functions made in this run: each function's role must allow exactly those, nothing less, nothing more.
 */
describe("IAM policies against the recorded AWS calls", () => {
  it("give every function exactly the permissions its recorded calls need", async () => {
    const dir = process.env[awsCallsDirEnv];
    expect(dir, `${awsCallsDirEnv} is set by vitest.config.ts`).toBeTruthy();
    const ran = existsSync(join(dir!, "projects")) ? readdirSync(join(dir!, "projects")) : [];
    const missing = recordingProjects.filter((project) => !ran.includes(project));
    expect(
      missing,
      `This check needs the recordings of the ${recordingProjects.join(", ")} projects from the same run (npm test, or npx vitest run ${[...recordingProjects, "parity"].map((p) => `--project ${p}`).join(" ")}); these did not run`,
    ).toEqual([]);

    const app = await synthesize("test", { buildCode: false });
    const templates = Object.fromEntries(Object.entries(app.templates).map(([name, template]) => [name, template.toJSON() as TemplateJson]));
    const recorded = recordedPermissions(readRecordings(dir!));
    expect(recorded.size, "the tests recorded calls").toBeGreaterThan(0);
    expect(parityProblems(grantedPermissions(templates), recorded)).toEqual([]);
  });
});
