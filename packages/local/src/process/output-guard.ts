/**
 * When whoever reads this process's output goes away (a closed terminal, `npm start | head`, a test runner
 * that died), every write to stdout/stderr fails with EPIPE, and reporting that failure is another write
 * that fails: unguarded, that loops for ever at full CPU while the local cloud keeps its ports. This stops
 * writing to a stream at its first error (its writes become no-ops) and calls `onClosed` once.
 */
export function guardOutput(onClosed: (error: Error) => void, streams: NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
  let reported = false;
  for (const stream of streams) {
    stream.on("error", (error: Error) => {
      silence(stream);
      if (reported) return;
      reported = true;
      onClosed(error);
    });
  }
}

function silence(stream: NodeJS.WriteStream) {
  stream.write = ((_chunk: unknown, encoding?: unknown, callback?: unknown) => {
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done as () => void);
    return true;
  }) as typeof stream.write;
}

/** An error that only says the output is gone: never worth writing about (that would fail too). */
export const isOutputGone = (error: unknown) => ["EPIPE", "ERR_STREAM_DESTROYED", "ERR_STREAM_WRITE_AFTER_END"].includes((error as { code?: string })?.code ?? "");
