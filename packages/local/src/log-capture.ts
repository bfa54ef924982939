import { appendFileSync } from "node:fs";

/**
 * The local gateway runs the handlers in this process, and they log JSON lines: info to stdout, warnings and
 * errors to stderr. This sends those lines (from both) to a file instead (for tests and benchmarks to read),
 * passing any other output through.
 */
export function captureHandlerLogs(file: string): string {
  process.env.POWERTOOLS_LOG_LEVEL = "INFO";
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
      if (text.startsWith('{"level"')) {
        appendFileSync(file, text);
        return true;
      }
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
  }
  return file;
}
