import { PassThrough } from "node:stream";

/**
 * nodemailer's URL fetcher (its lib/fetch), as the function bundles give it: one that refuses. nodemailer
 * fetches a part given by URL (`href`), which our messages never do (every part's content is in the
 * message), and its fetcher loads node:http, which on Node 22 brings undici with it: about 11 ms of the
 * notifier's cold start, for code it never runs. stacks/function-bundling.ts puts this in its place.
 */
export default function refuseUrlFetch(url: string): PassThrough {
  const stream = new PassThrough();
  // As a failed download shows itself: an error on the stream nodemailer reads the part from.
  process.nextTick(() => stream.destroy(new Error(`Mail parts are never fetched from a URL here (${url}).`)));
  return stream;
}
