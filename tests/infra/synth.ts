import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Template } from "aws-cdk-lib/assertions";
import { Stack } from "aws-cdk-lib";
import { App } from "sst/constructs";
import { initProject, useProject } from "sst/project.js";
import sstConfig from "../../sst.config";
import { prebuiltSiteEnv } from "../../stacks/Web";

export const stackNames = ["Storage", "Hosting", "Auth", "Api", "Notifications", "Web", "Monitoring"] as const;
export type StackName = (typeof stackNames)[number];

export interface SynthesizedApp {
  stage: string;
  templates: Record<StackName, Template>;
}

/** A stand-in for web/dist (under the gitignored .sst), so synthesis zips one file instead of running vite. */
function prebuiltSite(): string {
  const dir = fileURLToPath(new URL("../../.sst/test-site/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}index.html`, "<!doctype html><title>slotbook</title>");
  return dir;
}

export interface SynthesizeOptions {
  /**
   * Bundle every function and package the site, as `sst deploy` does (the default). Without it, SST treats
   * every stack as one a filtered deploy skips: the same resources, policies and settings, but placeholder
   * function code, no Handler from a build, and no site upload. Much faster.
   */
  buildCode?: boolean;
}

/**
 * Synthesizes the whole app for a stage, as `sst deploy` would, without AWS: SST's test mode
 * (NODE_ENV=test) skips its bootstrap lookup, a fixed account and region stand in for the caller's
 * identity, and a prebuilt folder stands in for the site's build.
 */
export async function synthesize(stage: string, { buildCode = true }: SynthesizeOptions = {}): Promise<SynthesizedApp> {
  process.env.NODE_ENV = "test";
  process.env[prebuiltSiteEnv] ??= prebuiltSite();
  // SST bundles functions (cores - 1) at a time, i.e. one by one on a 2-core machine; esbuild and asset
  // staging overlap well, so allow more.
  process.env.SST_BUILD_CONCURRENCY ??= "4";
  await initProject({ stage });
  const app = new App({
    mode: "deploy",
    stage,
    name: useProject().config.name,
    account: "123456789012",
    region: "eu-central-1",
    isActiveStack: buildCode ? undefined : () => false,
  });
  await sstConfig.stacks(app);
  await app.finish();

  const stacks = app.node.children.filter((child): child is Stack => Stack.isStack(child));
  const templates = {} as Record<StackName, Template>;
  for (const name of stackNames) {
    const stack = stacks.find((candidate) => candidate.stackName === app.logicalPrefixedName(name));
    if (!stack) throw new Error(`No ${name} stack in the ${stage} app (found ${stacks.map((s) => s.stackName).join(", ")}).`);
    templates[name] = Template.fromStack(stack);
  }
  return { stage, templates };
}
