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

  it("masks every phone number, in any field and inside any text (an error message too)", () => {
    const line = JSON.stringify({ to: "+4915112345678", error: { message: "Invalid parameter: PhoneNumber +14155550123 is not valid" }, count: 12345678 }, redactSecrets);
    expect(line).not.toMatch(/4915112345678|14155550123/);
    expect(line).toContain('"to":"+49*********78"');
    expect(line).toContain("PhoneNumber +14*******23 is not valid");
    expect(line).toContain('"count":12345678');
  });
});
