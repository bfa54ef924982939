import { ApiError } from "../api/errors";
import type { Refreshed, Tokens } from "@slotbook/contract";
import * as apiPaths from "@slotbook/contract/api-paths";
import { request } from "../api/http";
import { userFromIdToken, type SessionUser } from "./id-token";
import { currentUser, refreshTokenKey, session, sessionRestored, setSession, setSessionRestored as setRestored } from "./session-state";

/**
 * The signed-in session. The access token lives only in memory; the refresh token is the one thing kept in
 * localStorage, because the silent refresh after a reload needs it. Nothing else about the session is stored.
 * (Its state is in session-state.ts, which every page loads; this module loads when a session is used.)
 */
export { currentUser, sessionRestored };

/** The tokens a session holds: a sign-in's answer without its user (the hosted UI's token endpoint gives the same). */
type IssuedTokens = Omit<Tokens, "user">;

/** Refresh this long before the access token expires, so a call never goes out with a stale one. */
const refreshMarginMs = 60_000;

let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<boolean> | undefined;

function adopt(tokens: { accessToken: string; idToken: string; expiresIn: number }) {
  const expiresAt = Date.now() + tokens.expiresIn * 1000;
  setSession({ accessToken: tokens.accessToken, expiresAt, user: userFromIdToken(tokens.idToken) });
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => void refresh(), Math.max(5_000, expiresAt - Date.now() - refreshMarginMs));
}

/** Starts a session from freshly issued tokens (password or emailed-code sign-in, or the hosted UI's code exchange). */
export function startSession(tokens: IssuedTokens): SessionUser {
  localStorage.setItem(refreshTokenKey, tokens.refreshToken);
  adopt(tokens);
  return session()!.user;
}

export async function signInWithPassword(email: string, password: string): Promise<SessionUser> {
  const tokens = await request<IssuedTokens>(apiPaths.login, { method: "POST", body: { email, password } });
  return startSession(tokens);
}

/** Signs in with an emailed one-time code (a new email becomes a fan account). */
export async function signInWithCode(email: string, code: string): Promise<SessionUser> {
  const tokens = await request<IssuedTokens>(apiPaths.verifyCode, { method: "POST", body: { email, code } });
  return startSession(tokens);
}

/** New access and ID tokens from the stored refresh token; false (and signed out) when that is refused. */
export function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    const refreshToken = localStorage.getItem(refreshTokenKey);
    if (!refreshToken) return false;
    try {
      adopt(await request<Refreshed>(apiPaths.refresh, { method: "POST", body: { refreshToken } }));
      return true;
    } catch (error) {
      // Only a refused token ends the session; a network blip keeps it for the next try.
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) forget();
      return false;
    }
  })().finally(() => (refreshing = undefined));
  return refreshing;
}

/** Called once at start-up: a reload keeps the visitor signed in without asking again. */
export async function restoreSession(): Promise<void> {
  try {
    if (localStorage.getItem(refreshTokenKey)) await refresh();
  } finally {
    setRestored(true);
  }
}

/** A valid access token, refreshed first if it is about to expire; null when signed out. */
export async function accessToken(): Promise<string | null> {
  const current = session();
  if (current && current.expiresAt - Date.now() > 10_000) return current.accessToken;
  if (!localStorage.getItem(refreshTokenKey)) return null;
  return (await refresh()) ? session()!.accessToken : null;
}

function forget() {
  clearTimeout(refreshTimer);
  localStorage.removeItem(refreshTokenKey);
  setSession(null);
}

/** Signs out everywhere this refresh token reaches: the API revokes it, then this tab forgets the session. */
export async function signOut(): Promise<void> {
  const token = session()?.accessToken;
  const refreshToken = localStorage.getItem(refreshTokenKey);
  try {
    if (token && refreshToken) await request(apiPaths.logout, { method: "POST", token, body: { refreshToken } });
  } finally {
    forget();
  }
}

/** Drops the session after the API refused it (a revoked or expired token), without calling the API. */
export const dropSession = forget;
