import { appPaths } from "@slotbook/contract/site-paths";
import { cognitoUrl, userPoolClientId } from "../config";
import { randomToken, s256Challenge } from "./pkce";
import { startSession } from "./session";
import type { SessionUser } from "./id-token";
import { t } from "../i18n/t";

/**
 * Admin sign-in through Cognito's hosted UI: authorization code + PKCE. The verifier and state survive the
 * round trip in sessionStorage (this tab only) and are deleted as soon as the code is exchanged.
 */
const pendingKey = "slotbook.pendingSignIn";

interface PendingSignIn {
  state: string;
  verifier: string;
  returnTo: string;
}

const redirectUri = () => `${location.origin}${appPaths.authCallback}`;

export async function startHostedSignIn(returnTo: string): Promise<void> {
  const pending: PendingSignIn = { state: randomToken(16), verifier: randomToken(48), returnTo };
  sessionStorage.setItem(pendingKey, JSON.stringify(pending));
  const query = new URLSearchParams({
    response_type: "code",
    client_id: userPoolClientId,
    redirect_uri: redirectUri(),
    scope: "openid email profile",
    state: pending.state,
    code_challenge: await s256Challenge(pending.verifier),
    code_challenge_method: "S256",
  });
  location.assign(`${cognitoUrl}/oauth2/authorize?${query}`);
}

export class SignInFailed extends Error {}

/** Exchanges the code in the callback URL for tokens; returns who signed in and where they were going. */
export async function completeHostedSignIn(search: URLSearchParams): Promise<{ user: SessionUser; returnTo: string }> {
  const stored = sessionStorage.getItem(pendingKey);
  sessionStorage.removeItem(pendingKey);
  const pending = stored ? (JSON.parse(stored) as PendingSignIn) : undefined;
  const code = search.get("code");
  if (search.get("error")) throw new SignInFailed(search.get("error_description") ?? t("The sign-in was cancelled or refused."));
  if (!pending || !code || search.get("state") !== pending.state) {
    throw new SignInFailed(t("This sign-in link is stale or was not started here. Please sign in again."));
  }
  let response: Response;
  try {
    response = await fetch(`${cognitoUrl}/oauth2/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        client_id: userPoolClientId,
        code,
        redirect_uri: redirectUri(),
        code_verifier: pending.verifier,
      }),
    });
  } catch {
    throw new SignInFailed(t("Can't reach the sign-in service. Check your connection and try again."));
  }
  if (!response.ok) throw new SignInFailed(t("The sign-in could not be completed. Please sign in again."));
  const tokens = (await response.json()) as { access_token: string; id_token: string; refresh_token: string; expires_in: number };
  const user = startSession({
    accessToken: tokens.access_token,
    idToken: tokens.id_token,
    refreshToken: tokens.refresh_token,
    expiresIn: tokens.expires_in,
  });
  return { user, returnTo: pending.returnTo };
}
