import type { Agent } from "node:http";
import { CloudFrontKeyValueStoreClient, DeleteKeyCommand, DescribeKeyValueStoreCommand, PutKeyCommand } from "@aws-sdk/client-cloudfront-keyvaluestore";
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
// The KeyValueStore API is signed with SigV4A: this registers the SDK's JavaScript implementation of it.
import "@aws-sdk/signature-v4a";
import type { SharePageStore, SiteShell } from "../../pages/share-page-publisher";
import { sharePageCacheControl, sharePageKey, sharePageShellKey } from "../../pages/share-page";
import { recordAwsCalls } from "../dynamo/call-counter";

export interface SiteBucketOptions {
  region: string;
  bucket: string;
  /** The KeyValueStore the edge's routing function reads (one key per published slug). */
  kvsArn: string;
  /**
   * Tests only: stand-in endpoints, and an agent to reach them (the KeyValueStore's endpoint is the account's
   * own host name, `<account>.<endpoint host>`). In AWS the SDK finds the services.
   */
  s3Endpoint?: string;
  kvsEndpoint?: string;
  httpAgent?: Agent;
}

/** Bounded waits, a few retries (a failed record is retried by the event source anyway). */
const clients = new Map<string, { s3: S3Client; kvs: CloudFrontKeyValueStoreClient }>();
function clientsFor(options: SiteBucketOptions) {
  const key = JSON.stringify([options.region, options.s3Endpoint, options.kvsEndpoint]);
  let pair = clients.get(key);
  if (!pair) {
    const common = { maxAttempts: 3, requestHandler: { connectionTimeout: 2000, requestTimeout: 5000, ...(options.httpAgent ? { httpAgent: options.httpAgent } : {}) } };
    pair = {
      s3: recordAwsCalls(new S3Client({ region: options.region, ...common, ...(options.s3Endpoint ? { endpoint: options.s3Endpoint, forcePathStyle: true } : {}) })),
      kvs: recordAwsCalls(new CloudFrontKeyValueStoreClient({ region: options.region, ...common, ...(options.kvsEndpoint ? { endpoint: options.kvsEndpoint } : {}) })),
    };
    clients.set(key, pair);
  }
  return pair;
}

/** The KeyValueStore takes a write only with its current ETag; another writer in between → try again. */
async function withCurrentEtag(kvs: CloudFrontKeyValueStoreClient, kvsArn: string, write: (etag: string) => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const { ETag } = await kvs.send(new DescribeKeyValueStoreCommand({ KvsARN: kvsArn }));
    try {
      await write(ETag!);
      return;
    } catch (error) {
      const name = (error as { name?: string }).name;
      if (name === "ResourceNotFoundException") return; // deleting a key that isn't there
      if (name !== "ConflictException" || attempt >= 5) throw error;
    }
  }
}

/**
 * Share pages in AWS: the page is an object `e/<slug>.html` in the site bucket (CloudFront serves it for
 * `/e/<slug>`), and the slug is a key in the KeyValueStore the routing function reads, so an unknown slug is
 * a 404 at the edge without asking S3. Published: object first, then key (the edge never routes to a page
 * that isn't there). Removed: key first, then object.
 */
export function s3SharePages(options: SiteBucketOptions): SharePageStore {
  const { s3, kvs } = clientsFor(options);
  return {
    async put(slug, html) {
      await s3.send(
        new PutObjectCommand({ Bucket: options.bucket, Key: sharePageKey(slug), Body: html, ContentType: "text/html; charset=utf-8", CacheControl: sharePageCacheControl }),
      );
      await withCurrentEtag(kvs, options.kvsArn, (etag) => kvs.send(new PutKeyCommand({ KvsARN: options.kvsArn, Key: slug, Value: new Date().toISOString(), IfMatch: etag })));
    },
    async remove(slug) {
      await withCurrentEtag(kvs, options.kvsArn, (etag) => kvs.send(new DeleteKeyCommand({ KvsARN: options.kvsArn, Key: slug, IfMatch: etag })));
      await s3.send(new DeleteObjectCommand({ Bucket: options.bucket, Key: sharePageKey(slug) }));
    },
  };
}

/** The site's shell as the last deploy uploaded it (the web build writes it beside index.html). */
export function s3SiteShell(options: SiteBucketOptions): SiteShell {
  const { s3 } = clientsFor(options);
  return {
    async read() {
      const object = await s3.send(new GetObjectCommand({ Bucket: options.bucket, Key: sharePageShellKey }));
      return object.Body!.transformToString("utf-8");
    },
  };
}
