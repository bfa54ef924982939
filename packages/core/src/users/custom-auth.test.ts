import { describe, expect, it } from "vitest";
import { codeChallenge, emailCodeChallenge, nextAuthStep } from "./custom-auth";

const answered = (challengeResult: boolean, challengeMetadata: string = emailCodeChallenge) => ({ challengeName: "CUSTOM_CHALLENGE", challengeResult, challengeMetadata });

describe("the code sign-in's challenge rules", () => {
  it("poses one code challenge, to a known user and an unknown one alike", () => {
    expect(nextAuthStep([], false)).toEqual({ issueTokens: false, failAuthentication: false, challengeName: "CUSTOM_CHALLENGE" });
    expect(nextAuthStep([], true)).toEqual(nextAuthStep([], false));
  });

  it("issues tokens for one right answer to the code challenge, and only then", () => {
    expect(nextAuthStep([answered(true)], false)).toEqual({ issueTokens: true, failAuthentication: false });
    const fail = { issueTokens: false, failAuthentication: true };
    expect(nextAuthStep([answered(false)], false)).toEqual(fail);
    expect(nextAuthStep([answered(true)], true)).toEqual(fail);
    expect(nextAuthStep([answered(true, "SOMETHING_ELSE")], false)).toEqual(fail);
    expect(nextAuthStep([answered(false), answered(true)], false)).toEqual(fail);
    expect(nextAuthStep([{ challengeName: "PASSWORD_VERIFIER", challengeResult: true }], false)).toEqual(fail);
  });

  it("keeps nothing secret in the challenge (the code is checked against the table, not the session)", () => {
    expect(codeChallenge()).toEqual({ publicChallengeParameters: { delivery: "EMAIL" }, privateChallengeParameters: {}, challengeMetadata: emailCodeChallenge });
  });
});
