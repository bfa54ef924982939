import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { stackNames, synthesize } from "./synth";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/** cfn-lint's version, or undefined when it is not on PATH. */
function cfnLintVersion(): string | undefined {
  const result = spawnSync("cfn-lint", ["--version"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/**
 * Every synthesized template passes cfn-lint (0 errors; the repository's .cfnlintrc.yaml ignores two known
 * CDK/SST warnings by rule id, with the reason). cfn-lint is a Python tool that neither npm nor Debian ships:
 * the deploy workflow installs it with pip. Where it is missing, CI (CI=true) fails here with how to get it;
 * a workstation without it is told so on every run, and the deploy workflow still lints before each deploy.
 */
describe("cfn-lint", () => {
  it("finds no error or unexpected warning in any stack's template, prod and a preview stage", async () => {
    const version = cfnLintVersion();
    if (!version) {
      const message = "cfn-lint is not on PATH: install it with `pip install cfn-lint` (no npm or Debian package exists) to lint the templates here.";
      expect(process.env.CI, `${message} CI must lint.`).toBeFalsy();
      console.warn(`\n⚠ ${message} Not linted on this machine; the deploy workflow lints before each deploy.\n`);
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), "slotbook-cfn-"));
    try {
      const files: string[] = [];
      for (const stage of ["prod", "pr-1"]) {
        const app = await synthesize(stage, { buildCode: false });
        for (const name of stackNames) {
          const file = join(dir, `${stage}-${name}.template.json`);
          writeFileSync(file, JSON.stringify(app.templates[name].toJSON()));
          files.push(file);
        }
      }
      // From the repository root, so cfn-lint reads .cfnlintrc.yaml.
      const result = spawnSync("cfn-lint", ["--format", "parseable", "--", ...files], { cwd: repoRoot, encoding: "utf8" });
      expect(result.stdout + result.stderr, `cfn-lint ${version}`).toBe("");
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("still reports errors with this configuration (a template with a broken resource fails)", () => {
    if (!cfnLintVersion()) {
      expect(process.env.CI, "cfn-lint is not on PATH (pip install cfn-lint)").toBeFalsy();
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), "slotbook-cfn-"));
    try {
      const file = join(dir, "broken.template.json");
      writeFileSync(file, JSON.stringify({ Resources: { Queue: { Type: "AWS::SQS::Queue", Properties: { MessageRetentionPeriod: "forever" } } } }));
      let output = "";
      try {
        execFileSync("cfn-lint", ["--format", "parseable", "--", file], { cwd: repoRoot, encoding: "utf8" });
      } catch (error) {
        output = String((error as { stdout?: string }).stdout);
      }
      expect(output).toMatch(/:E\d{4}:/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
