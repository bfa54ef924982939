import { expireOffersFunction, sendRemindersFunction } from "@slotbook/functions/scheduled/definition";
import { loadHandler } from "../handlers";

/**
 * The local stand-in for EventBridge schedules: each scheduled function's handler, run on a timer with the
 * time as its event says (as in AWS). Runs never overlap; a failed run is logged and the next one retries.
 */
export function startSchedules(options: { repoRoot: string; log: (line: string) => void }) {
  const schedules = [expireOffersFunction, sendRemindersFunction];
  let running: Promise<unknown> = Promise.resolve();
  const timers = schedules.map((schedule) =>
    setInterval(() => {
      running = running.then(async () => {
        try {
          const handler = await loadHandler<(event: { time: string }) => Promise<unknown>>(options.repoRoot, schedule.handler);
          await handler({ time: new Date().toISOString() });
        } catch (error) {
          options.log(`${schedule.functionName} failed: ${(error as Error).message}`);
        }
      });
    }, schedule.localEverySeconds * 1000),
  );
  return {
    stop: async () => {
      for (const timer of timers) clearInterval(timer);
      await running;
    },
  };
}
