import { appendFile } from "node:fs/promises";
import { DescribeTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand, type _Record } from "@aws-sdk/client-dynamodb-streams";
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import { loadHandler } from "../handlers";
import { matchesAny, type FilterPattern } from "./filter-match";
import { createOutageGate } from "./outage";

type StreamHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | void>;

export interface StreamPollerOptions {
  endpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  tableName: string;
  repoRoot: string;
  /** Which consumer this is, named in its log lines (unnamed: the notifier). */
  name?: string;
  handler: string;
  filters: readonly FilterPattern[];
  /** Attempts per record before it goes to the dead-letter file (AWS: the on-failure SQS queue). */
  maxAttempts: number;
  deadLetterFile: string;
  log: (line: string) => void;
  pollIntervalMs?: number;
  /** The longest wait between attempts while the stream can't be read (DynamoDB down): the backoff's cap. */
  maxBackoffMs?: number;
}

interface PendingRetry {
  record: DynamoDBRecord;
  attempt: number;
  dueAt: number;
}

const backoffMs = (attempt: number) => Math.min(5000, 200 * 2 ** (attempt - 1));

/**
 * What Lambda's event source mapping does in AWS, for DynamoDB Local: reads the table's stream shard by
 * shard (DescribeStream → GetShardIterator → GetRecords), applies the same filter, and calls the SAME
 * handler with the same event shape. Records the handler reports as failed are retried with backoff; after
 * `maxAttempts` they are written to a dead-letter file. Unlike AWS, a failing record does not hold up the
 * records behind it (the notifier's sent-mail log makes order irrelevant; for the share-page publisher a
 * retried record could overtake a later one of the same page: its only local failure is a missing site
 * shell while the browser tests' build runs, before any page changes twice). While the stream can't be read
 * (DynamoDB down), it backs off exponentially up to a cap and logs once per outage, not once per attempt.
 */
export async function startStreamPoller(givenOptions: StreamPollerOptions) {
  // A named consumer's lines say which it is ("stream poller (share-page publisher): …"); the notifier's stay as they were.
  const name = givenOptions.name;
  const options = name ? { ...givenOptions, log: (line: string) => givenOptions.log(line.replace(/^stream poller:/, `stream poller (${name}):`)) } : givenOptions;
  const dynamo = new DynamoDBClient({ endpoint: options.endpoint, region: options.region, credentials: options.credentials });
  const streams = new DynamoDBStreamsClient({ endpoint: options.endpoint, region: options.region, credentials: options.credentials });
  const table = await dynamo.send(new DescribeTableCommand({ TableName: options.tableName }));
  const streamArn = table.Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`Table ${options.tableName} has no stream.`);
  const handler = await loadHandler<StreamHandler>(options.repoRoot, options.handler);

  const iterators = new Map<string, string>();
  const finishedShards = new Set<string>();
  let retries: PendingRetry[] = [];
  let lastShardRefresh = 0;
  let stopped = false;

  async function refreshShards() {
    const description = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of description.StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId!;
      if (iterators.has(shardId) || finishedShards.has(shardId)) continue;
      const iterator = await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: "TRIM_HORIZON" }));
      if (iterator.ShardIterator) iterators.set(shardId, iterator.ShardIterator);
    }
  }

  async function deliver(records: DynamoDBRecord[], attempt: number) {
    let failedIds: Set<string>;
    try {
      const result = await handler({ Records: records });
      failedIds = new Set((result?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier));
    } catch (error) {
      options.log(`stream poller: the ${name ?? "notifier"} threw (${(error as Error).message}); retrying its ${records.length} record(s)`);
      failedIds = new Set(records.map((record) => record.dynamodb?.SequenceNumber ?? ""));
    }
    for (const record of records.filter((candidate) => failedIds.has(candidate.dynamodb?.SequenceNumber ?? ""))) {
      if (attempt >= options.maxAttempts) {
        await appendFile(options.deadLetterFile, `${JSON.stringify({ failedAt: new Date().toISOString(), attempts: attempt, record })}\n`);
        options.log(`stream poller: record ${record.dynamodb?.SequenceNumber} failed ${attempt} times; written to ${options.deadLetterFile}`);
      } else {
        retries.push({ record, attempt: attempt + 1, dueAt: Date.now() + backoffMs(attempt) });
      }
    }
  }

  async function pollOnce() {
    if (Date.now() - lastShardRefresh > 1000) {
      await refreshShards();
      lastShardRefresh = Date.now();
    }
    for (const [shardId, iterator] of iterators) {
      const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }));
      if (page.NextShardIterator) iterators.set(shardId, page.NextShardIterator);
      else {
        iterators.delete(shardId);
        finishedShards.add(shardId);
      }
      const wanted = (page.Records ?? []).map((record: _Record) => ({ ...record, eventSourceARN: streamArn }) as unknown as DynamoDBRecord).filter((record) => matchesAny(record, options.filters));
      if (wanted.length > 0) await deliver(wanted, 1);
    }
    const due = retries.filter((retry) => retry.dueAt <= Date.now());
    if (due.length > 0) {
      retries = retries.filter((retry) => !due.includes(retry));
      for (const retry of due) await deliver([retry.record], retry.attempt);
    }
  }

  const gate = createOutageGate({ intervalMs: options.pollIntervalMs ?? 100, maxBackoffMs: options.maxBackoffMs ?? 5000, log: options.log });
  let wake = () => {};
  const running = (async () => {
    while (!stopped) {
      let delay: number;
      try {
        await pollOnce();
        delay = gate.succeeded();
      } catch (error) {
        if (stopped) break;
        delay = gate.failed(error);
      }
      // stop() cuts a long backoff short.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  })();

  return {
    /** Records waiting for another attempt (for tests and status output). */
    pendingRetries: () => retries.length,
    stop: async () => {
      stopped = true;
      wake();
      await running;
      dynamo.destroy();
      streams.destroy();
    },
  };
}
