import { spawnSync } from "node:child_process";

/** DynamoDB Local needs Java 17+: say so in one sentence rather than failing inside the emulator. */
export function ensureJava17(): void {
  const result = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (result.error) {
    throw new Error("Java 17+ is needed to run DynamoDB Local, but `java` is not on PATH. Install a JRE 17 or newer (e.g. `apt-get install openjdk-17-jre-headless`) and try again.");
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  const major = match ? Number(match[1] === "1" ? match[2] : match[1]) : 0;
  if (major < 17) {
    throw new Error(`Java 17+ is needed to run DynamoDB Local, but \`java -version\` reports ${match ? match[0] : "an unknown version"}. Install a JRE 17 or newer and try again.`);
  }
}
