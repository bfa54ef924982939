import { accessToken, dropSession, refresh } from "../auth/session";
import { signInNeeded as onSignInNeeded } from "../auth/session-state";
import { ApiError } from "./errors";
import { request, type RequestOptions } from "./http";
import { t } from "../i18n/t";

export { whenSignInNeeded } from "../auth/session-state";

const signInNeeded = () =>
  new ApiError(401, { error: { code: "UNAUTHORIZED", message: t("Please sign in again to continue.") } });

/**
 * A call that needs the signed-in user's token. A 401 gets one silent refresh and retry (the token may have
 * been revoked or expired mid-flight); if that fails too, the user is sent to sign in and brought back.
 */
export async function authed<T>(path: string, options: Omit<RequestOptions, "token"> = {}): Promise<T> {
  const token = await accessToken();
  if (!token) {
    onSignInNeeded();
    throw signInNeeded();
  }
  try {
    return await request<T>(path, { ...options, token });
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    if (await refresh()) return request<T>(path, { ...options, token: (await accessToken())! });
    dropSession();
    onSignInNeeded();
    throw signInNeeded();
  }
}
