import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLocalCloud, type LocalCloud, type LocalCloudOptions } from "./cloud";
import { freePort } from "./process/ports";
import { portSettings, type Ports, type Service } from "./settings";

/** A free port for every service of the local cloud. */
export async function freePorts(): Promise<Ports> {
  const ports = {} as Ports;
  for (const service of Object.keys(portSettings) as Service[]) ports[service] = await freePort();
  return ports;
}

/**
 * A local cloud of its own for a test run or a benchmark: free ports and a temporary data directory, so it
 * never touches a running `npm start` or its `.local/`. `dispose` stops it and removes the data.
 */
export async function startThrowawayCloud(options: Omit<LocalCloudOptions, "ports" | "dataDir"> & { beforeStart?: (dataDir: string) => void } = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), "slotbook-"));
  options.beforeStart?.(dataDir);
  const cloud: LocalCloud = await startLocalCloud({ ...options, ports: await freePorts(), dataDir });
  return {
    cloud,
    dataDir,
    dispose: async () => {
      await cloud.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
