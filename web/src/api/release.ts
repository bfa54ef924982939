import { request } from "./http";

/** The booking a reminder's release link names (what the page shows before asking to confirm). */
export interface ReleaseView {
  event: { title: string; slug: string; date: string; timezone: string };
  startsAt: string;
  endsAt: string;
  seats: number;
  fanName: string;
}

/** No sign-in: the link's signed token is the only credential, sent in the query (read) and the body (release). */
export const getRelease = (token: string) => request<ReleaseView>(`/api/bookings/release?token=${encodeURIComponent(token)}`, { cache: "no-store" });
export const releaseSeat = (token: string) => request<void>("/api/bookings/release", { method: "POST", body: { token } });
