import { describe, expect, it } from "vitest";
import { redactSecrets } from "./logger";

describe("log redaction", () => {
  it("hides passwords and tokens wherever they appear in a logged object", () => {
    const line = JSON.stringify(
      { user: { email: "a@b.c", password: "Secret123" }, accessToken: "eyJ.x.y", nested: [{ refreshToken: "r" }], status: 200 },
      redactSecrets,
    );
    expect(line).not.toMatch(/Secret123|eyJ|"r"/);
    expect(line).toContain('"email":"a@b.c"');
    expect(line).toContain('"status":200');
  });
});
