import type { TestProject } from "vitest/node";
import { startSite } from "./start-site";

/**
 * Starts the site for the browser tests (serve-site.ts, in its own process) and hands its URLs to the tests,
 * as `site` and, for the shared helpers in tests/support, as `localCloud`. Stops it after the run.
 */
export default async function setup(project: TestProject) {
  const { info, stop } = await startSite();
  project.provide("site", info);
  project.provide("localCloud", info.localCloud);
  return stop;
}
