export { builtSiteDir, startLocalCloud, type LocalCloud, type LocalCloudOptions } from "./cloud";
export { portsFromEnv, portSettings, repoRoot, type Ports } from "./settings";
export { freePort } from "./process/ports";
export { createSignedInUser, createSignedInUsers, localCognitoClient, poolAccessOf, type PoolAccess } from "./users";
export { captureHandlerLogs } from "./log-capture";
export { freePorts, startThrowawayCloud } from "./throwaway";
