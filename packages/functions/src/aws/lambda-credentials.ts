import { fromEnv } from "@aws-sdk/credential-provider-env";
import { fromHttp } from "@aws-sdk/credential-provider-http";

type Init = Parameters<typeof fromEnv>[0] & Parameters<typeof fromHttp>[0];
type Credentials = Awaited<ReturnType<ReturnType<typeof fromEnv>>>;

const containerEndpointSet = () => Boolean(process.env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || process.env.AWS_CONTAINER_CREDENTIALS_FULL_URI);

/**
 * The AWS SDK's default credential provider as the deployed functions get it (the function bundles alias
 * `@aws-sdk/credential-provider-node` to this module; see stacks/function-bundling.ts). Lambda hands its
 * functions the execution role's credentials in the environment, the first link of the SDK's own default
 * chain; the container credentials endpoint (the chain's remote link) is kept for runtimes that use one.
 * The rest of the chain (SSO, shared ini files, credential processes, web identity tokens, EC2 instance
 * metadata) never applies in Lambda, and bundling it cost every function ~40 KB gzipped and ~25 ms of cold
 * import (its STS/SSO clients). Code run outside the bundles (the local cloud, tests, the CLIs) keeps the SDK's
 * full chain.
 */
export function defaultProvider(init: Init = {}): (props?: Record<string, unknown>) => Promise<Credentials> {
  const env = fromEnv(init);
  let http: ReturnType<typeof fromHttp> | undefined;
  return async () => {
    if (process.env.AWS_ACCESS_KEY_ID && process.env.AWS_SECRET_ACCESS_KEY) return env();
    if (containerEndpointSet()) return (http ??= fromHttp(init))();
    throw new Error(
      "No AWS credentials: this function reads Lambda's (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or the container credentials endpoint).",
    );
  };
}
