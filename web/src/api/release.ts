import type { ReleaseView } from "@slotbook/contract";
import * as apiPaths from "@slotbook/contract/api-paths";
import { apiPath } from "@slotbook/contract/api-path";
import { request } from "./http";

/** No sign-in: the link's signed token is the only credential, sent in the query (read) and the body (release). */
export const getRelease = (token: string) => request<ReleaseView>(apiPath(apiPaths.bookingRelease, { token }), { cache: "no-store" });
export const releaseSeat = (token: string) => request<void>(apiPaths.bookingRelease, { method: "POST", body: { token } });
