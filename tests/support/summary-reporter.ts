import type { Reporter, TestModule } from "vitest/node";

/**
 * Closes the run with one plain line of counts ("Tests: N passed, N failed, N skipped"), the line CI reads;
 * vitest's own summary is followed by timing lines.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      const failedBefore = counts.failed;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") counts.passed += 1;
        else if (state === "failed") counts.failed += 1;
        else counts.skipped += 1;
      }
      // A file that failed with no failed test of its own (it could not load, or a hook threw) is a failure too.
      if (module.state() === "failed" && counts.failed === failedBefore) counts.failed += 1;
    }
    process.stdout.write(`\nTests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
}
