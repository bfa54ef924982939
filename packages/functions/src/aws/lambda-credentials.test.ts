import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultProvider } from "./lambda-credentials";

const names = [
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_CONTAINER_CREDENTIALS_FULL_URI",
  "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
  "AWS_CONTAINER_AUTHORIZATION_TOKEN",
];

describe("the deployed functions' credential provider", () => {
  let saved: Record<string, string | undefined>;
  let server: Server | undefined;
  beforeEach(() => {
    saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
    for (const name of names) delete process.env[name];
  });
  afterEach(async () => {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    server = undefined;
  });

  it("hands out the execution role's credentials from Lambda's environment", async () => {
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: "AKIDLAMBDA", AWS_SECRET_ACCESS_KEY: "secret", AWS_SESSION_TOKEN: "session" });
    await expect(defaultProvider()()).resolves.toMatchObject({ accessKeyId: "AKIDLAMBDA", secretAccessKey: "secret", sessionToken: "session" });
  });

  it("falls back to the container credentials endpoint when a runtime gives one instead", async () => {
    let authorization: string | undefined;
    server = createServer((request, response) => {
      authorization = request.headers.authorization;
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ AccessKeyId: "AKIDCONTAINER", SecretAccessKey: "secret", Token: "token", Expiration: new Date(Date.now() + 3_600_000).toISOString() }));
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    process.env.AWS_CONTAINER_CREDENTIALS_FULL_URI = `http://127.0.0.1:${(server.address() as AddressInfo).port}/credentials`;
    process.env.AWS_CONTAINER_AUTHORIZATION_TOKEN = "container-token";
    await expect(defaultProvider()()).resolves.toMatchObject({ accessKeyId: "AKIDCONTAINER", sessionToken: "token" });
    expect(authorization).toBe("container-token");
  });

  it("says what it looked for when there are none", async () => {
    await expect(defaultProvider()()).rejects.toThrow(/No AWS credentials: this function reads Lambda's \(AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/);
  });
});
