/**
 * The user pool's custom sign-in (CUSTOM_AUTH) for one-time codes, as its three Lambda triggers decide it.
 * Pure, so the triggers stay a few lines and the rules are tested without Cognito.
 */

/** One challenge answered so far in a sign-in session, as Cognito hands it to the define trigger. */
export interface ChallengeAnswered {
  challengeName: string;
  challengeResult: boolean;
  challengeMetadata?: string;
}

/** Names the one challenge this flow poses, so an answer to anything else never counts. */
export const emailCodeChallenge = "EMAIL_CODE";

export type AuthStep = { issueTokens: true; failAuthentication: false } | { issueTokens: false; failAuthentication: true } | { issueTokens: false; failAuthentication: false; challengeName: "CUSTOM_CHALLENGE" };

/**
 * Define-auth-challenge: one code challenge per session, answered once. Right → tokens; anything else (a
 * wrong answer, an unknown user, a session that began some other way) → the sign-in fails. An unknown user
 * (the pool hides which accounts exist) is challenged like anyone and fails only at the answer, so the two
 * look alike. Guesses are limited by the API, which starts a session only for a code it has checked.
 */
export function nextAuthStep(session: readonly ChallengeAnswered[], userNotFound: boolean): AuthStep {
  if (session.length === 0) return { issueTokens: false, failAuthentication: false, challengeName: "CUSTOM_CHALLENGE" };
  const [only] = session;
  if (!userNotFound && session.length === 1 && only!.challengeName === "CUSTOM_CHALLENGE" && only!.challengeMetadata === emailCodeChallenge && only!.challengeResult) {
    return { issueTokens: true, failAuthentication: false };
  }
  return { issueTokens: false, failAuthentication: true };
}

/** Create-auth-challenge: the code went out by email already (the API sent it); nothing secret is kept in the session. */
export const codeChallenge = () => ({
  publicChallengeParameters: { delivery: "EMAIL" },
  privateChallengeParameters: {},
  challengeMetadata: emailCodeChallenge,
});
