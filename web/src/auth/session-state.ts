import { createSignal } from "solid-js";
import type { SessionUser } from "./id-token";

/**
 * What every page needs to know of the session at once (who is signed in, whether a stored session has been
 * tried yet, where to send someone who must sign in), apart from the code that starts, refreshes and ends
 * sessions (session.ts), which loads only for a visitor who has or starts one. A first visit to a public
 * page downloads none of it.
 */
export interface Session {
  accessToken: string;
  expiresAt: number;
  user: SessionUser;
}

/** The one thing kept in localStorage: the refresh token (the silent refresh after a reload needs it). */
export const refreshTokenKey = "slotbook.refreshToken";

export const [session, setSession] = createSignal<Session | null>(null);
export const [sessionRestored, setSessionRestored] = createSignal(false);

/** The signed-in user, or null. */
export const currentUser = () => session()?.user ?? null;

/** Whether this browser holds a session to restore. */
export const hasStoredSession = () => Boolean(localStorage.getItem(refreshTokenKey));

let onSignInNeeded: () => void = () => {};
/** The app root says where to send someone whose session is gone (sign-in, then back where they were). */
export function whenSignInNeeded(handler: () => void) {
  onSignInNeeded = handler;
}
export const signInNeeded = () => onSignInNeeded();
