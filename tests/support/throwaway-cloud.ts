import { startThrowawayCloud, type LocalCloud } from "@slotbook/local";
import { afterAll, beforeAll } from "vitest";

/**
 * A local cloud of this test file's own (free ports, a temporary data directory), started before its tests
 * and stopped after them. Returns a getter: the cloud exists only once the tests run.
 */
export function throwawayCloudForThisFile(): () => LocalCloud {
  let cloud: LocalCloud | undefined;
  let dispose: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ cloud, dispose } = await startThrowawayCloud());
  }, 60_000);
  afterAll(() => dispose?.());
  return () => {
    if (!cloud) throw new Error("The local cloud is not started yet: use it inside a test.");
    return cloud;
  };
}
