import { describe, expect, it } from "vitest";
import { newSignInCode, sameHash, signInCodeHash } from "./sign-in-code";
import { signInCodeEmail } from "./sign-in-code-email";

describe("sign-in codes", () => {
  it("are six random digits, leading zeros kept", () => {
    const codes = Array.from({ length: 2000 }, () => newSignInCode());
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(1900);
    expect(codes.some((code) => code.startsWith("0"))).toBe(true);
  });

  it("are kept as a hash bound to the email (any case), never as themselves", () => {
    const hash = signInCodeHash("Fan@Example.test", "123456");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain("123456");
    expect(signInCodeHash("fan@example.test", " 123456 ")).toBe(hash);
    expect(signInCodeHash("other@example.test", "123456")).not.toBe(hash);
    expect(signInCodeHash("fan@example.test", "123457")).not.toBe(hash);
    expect(sameHash(hash, signInCodeHash("fan@example.test", "123456"))).toBe(true);
    expect(sameHash(hash, signInCodeHash("fan@example.test", "654321"))).toBe(false);
    expect(sameHash(hash, "short")).toBe(false);
  });

  it("go out in an email whose only number is the code, saying how long it works", () => {
    const mail = signInCodeEmail("fan@example.test", "042137", 600);
    expect(mail).toMatchObject({ to: "fan@example.test", fromName: "Slotbook", subject: "Your Slotbook sign-in code" });
    expect(mail.text.match(/\d{4,}/g)).toEqual(["042137"]);
    expect(mail.text).toContain("for 10 minutes");
    expect(mail.html).toContain("042137");
  });
});
