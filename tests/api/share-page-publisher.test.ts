import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { Agent, createServer, type IncomingMessage, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { configEnv, runAsFunction } from "@slotbook/core";
import { listPublishedPages } from "@slotbook/core/adapters/site/published-pages";
import { s3SharePages, s3SiteShell } from "@slotbook/core/adapters/site/s3-share-pages";
import { createSharePagePublisher, republishAll } from "@slotbook/core/pages/share-page-publisher";
import { sharePageCacheControl } from "@slotbook/core/pages/share-page";
import { sharePagePublisher, sharePageRepublisher } from "@slotbook/functions/share-pages/definition";
import { createEvent } from "../support/events";
import { request as api } from "../support/http";
import { signedInUser } from "../support/users";
import { buildModule } from "../../bench/function-bundles";

/**
 * The publisher as it runs in AWS (the local cloud swaps in a folder at the same port): its S3 and
 * KeyValueStore adapter against a stand-in for both services that records every request. It checks what
 * goes over the wire (keys, content type, cache header, the KeyValueStore's ETag handshake, the order that
 * keeps the edge from routing to a page that isn't there), and, run as the publisher's function, its calls
 * are recorded for the IAM parity check (tests/parity).
 */
interface Recorded {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
}

const shell = `<!doctype html><html lang="en"><head><title>Slotbook</title></head><body><div id="root"></div><script type="module" src="/assets/app-x.js"></script></body></html>`;
const kvsArn = "arn:aws:cloudfront::123456789012:key-value-store/0f6e5b2a-1111-2222-3333-444455556666";
let server: Server;
let endpoint = "";
let requests: Recorded[] = [];
let etag = 1;
let conflictsLeft = 0;

beforeAll(async () => {
  process.env.AWS_ACCESS_KEY_ID ??= "local";
  process.env.AWS_SECRET_ACCESS_KEY ??= "local";
  server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://stub").pathname);
    requests.push({ method: req.method ?? "", path, headers: req.headers, body });
    const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(value));
    };
    if (path.startsWith("/key-value-stores/")) {
      if (req.method === "GET") return json(200, { ItemCount: 1, TotalSizeInBytes: 10, KvsARN: kvsArn, Created: 1_700_000_000 }, { ETag: `E${etag}` });
      if (req.headers["if-match"] !== `E${etag}` || conflictsLeft-- > 0) {
        return json(409, { Message: "Resource is not in expected state" }, { "x-amzn-errortype": "ConflictException" });
      }
      etag += 1;
      return json(200, { ItemCount: 1, TotalSizeInBytes: 10 }, { ETag: `E${etag}` });
    }
    // S3, path-style: /<bucket>/<key>
    if (req.method === "GET") {
      res.writeHead(200, { "content-type": "text/html" });
      return res.end(shell);
    }
    res.writeHead(req.method === "DELETE" ? 204 : 200, { ETag: '"abc"' });
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// The KeyValueStore client calls `<account>.<endpoint host>`: every host name leads to the stand-in.
const toStandIn = new Agent({ lookup: (_host, options, callback) => (options.all ? callback(null, [{ address: "127.0.0.1", family: 4 }]) : callback(null, "127.0.0.1", 4)) });
const site = () => ({ region: "eu-central-1", bucket: "slotbook-site", kvsArn, s3Endpoint: endpoint, kvsEndpoint: endpoint.replace("127.0.0.1", "stand-in.test"), httpAgent: toStandIn });
const publisher = () => createSharePagePublisher({ pages: s3SharePages(site()), shell: s3SiteShell(site()), siteUrl: "https://d123.cloudfront.net" });
const page = {
  slug: "jazz-night-ab12cd",
  eventId: "evt1",
  title: "Jazz night",
  description: "Bring a friend.",
  date: "2026-12-05",
  timezone: "Europe/Berlin",
  slots: [{ id: "s1", startTime: "09:00", endTime: "09:30", startsAt: "2026-12-05T08:00:00.000Z", endsAt: "2026-12-05T08:30:00.000Z", capacity: 3 }],
  startsAt: "2026-12-05T08:00:00.000Z",
  endsAt: "2026-12-05T08:30:00.000Z",
};
const asPublisher = <T>(fn: () => Promise<T>) => runAsFunction(sharePagePublisher.handler, fn);
const kvsPath = `/key-value-stores/${kvsArn}`;

describe("the share-page publisher in AWS (S3 and CloudFront's KeyValueStore)", () => {
  it("renders the page into the shell read from the bucket, puts it at e/<slug>.html, then adds the slug to the KeyValueStore", async () => {
    requests = [];
    await asPublisher(() => publisher().publish(page));
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /slotbook-site/share-page-shell.html",
      "PUT /slotbook-site/e/jazz-night-ab12cd.html",
      `GET ${kvsPath}`,
      `PUT ${kvsPath}/keys/jazz-night-ab12cd`,
    ]);
    const [, put, , key] = requests;
    expect(put!.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(put!.headers["cache-control"]).toBe(sharePageCacheControl);
    expect(put!.body).toContain(`<h1 tabindex="-1">Jazz night</h1>`);
    expect(put!.body).toContain(`<script type="module" src="/assets/app-x.js"></script>`);
    // The write carries the store's current ETag, and is signed with SigV4A as the KeyValueStore requires.
    expect(key!.headers["if-match"]).toBe(`E${etag - 1}`);
    expect(String(key!.headers.authorization)).toMatch(/^AWS4-ECDSA-P256-SHA256 /);
    expect(JSON.parse(key!.body)).toEqual({ Value: expect.any(String) });
  });

  it("retries a KeyValueStore write that lost the ETag race to another writer", async () => {
    requests = [];
    conflictsLeft = 1;
    await asPublisher(() => publisher().publish(page));
    expect(requests.filter((r) => r.path.startsWith(kvsPath)).map((r) => r.method)).toEqual(["GET", "PUT", "GET", "PUT"]);
  });

  it("takes a page down: the slug leaves the KeyValueStore first (the edge answers 404 from then on), then the object goes", async () => {
    requests = [];
    await asPublisher(() => publisher().remove(page.slug));
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${kvsPath}`, `DELETE ${kvsPath}/keys/jazz-night-ab12cd`, "DELETE /slotbook-site/e/jazz-night-ab12cd.html"]);
  });

  it("signs with SigV4A in the Lambda bundle too (the signer registers with the one copy of the SDK's signer registry the client uses)", async () => {
    const outDir = await mkdtemp(join(tmpdir(), "slotbook-share-bundle-"));
    try {
      const entry = `import { Agent } from "node:http";
        import { s3SharePages } from "@slotbook/core/adapters/site/s3-share-pages";
        const httpAgent = new Agent({ lookup: (host, options, callback) => (options.all ? callback(null, [{ address: "127.0.0.1", family: 4 }]) : callback(null, "127.0.0.1", 4)) });
        export const remove = (options, slug) => s3SharePages({ ...options, httpAgent }).remove(slug);`;
      const { file } = await buildModule("share-pages-in-lambda", entry, outDir);
      const { httpAgent: _agent, ...options } = site();
      const script = `await (await import(${JSON.stringify(pathToFileURL(file).href)})).remove(${JSON.stringify(options)}, "bundled-page");`;
      requests = [];
      await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], { env: { PATH: process.env.PATH ?? "", AWS_ACCESS_KEY_ID: "AKIDROLE", AWS_SECRET_ACCESS_KEY: "secret" } });
      const deleteKey = requests.find((r) => r.method === "DELETE" && r.path.endsWith("/keys/bundled-page"));
      expect(String(deleteKey?.headers.authorization)).toMatch(/^AWS4-ECDSA-P256-SHA256 Credential=AKIDROLE\//);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });

  it("renders every published page again after a deploy: listed on the table's byPublication index, written as the publisher writes them, a deleted event's left out", async () => {
    // The table is the local cloud's; the core reads its settings from the environment, as in the function.
    const cloud = inject("localCloud");
    Object.assign(process.env, { [configEnv.tableName]: cloud.tableName, [configEnv.dynamoEndpoint]: cloud.dynamodbUrl, AWS_REGION: "us-east-1" });
    const admin = await signedInUser(["admin"]);
    const kept = await createEvent(admin.accessToken, { title: "Kept after the deploy" });
    const deleted = await createEvent(admin.accessToken, { title: "Deleted before the deploy" });
    expect((await api("DELETE", `/api/events/${deleted.id}`, { token: admin.accessToken })).status).toBe(204);

    requests = [];
    const result = await runAsFunction(sharePageRepublisher.handler, () =>
      republishAll({ pages: s3SharePages(site()), shell: s3SiteShell(site()), siteUrl: "https://d123.cloudfront.net", published: listPublishedPages }),
    );
    const written = requests.filter((r) => r.method === "PUT" && r.path.startsWith("/slotbook-site/e/")).map((r) => r.path);
    expect(written).toContain(`/slotbook-site/e/${kept.slug}.html`);
    expect(written).not.toContain(`/slotbook-site/e/${deleted.slug}.html`);
    expect(result.failed).toEqual([]);
    // The shell is read once for them all.
    expect(requests.filter((r) => r.method === "GET" && r.path.endsWith("/share-page-shell.html"))).toHaveLength(1);
    const page = requests.find((r) => r.path === `/slotbook-site/e/${kept.slug}.html`)!;
    expect(page.body).toContain(`<h1 tabindex="-1">Kept after the deploy</h1>`);
  });
});
