import type { ApiClient } from "./http";

export interface RaceResult {
  capacity: number;
  requests: number;
  created: number;
  slotFull: number;
  other: number;
  serverErrors: number;
  bookedAfter: number;
  wallMs: number;
}

/** Every fan asks for the same slot at the same moment; counts who got in and how the rest were told. */
export async function race(api: ApiClient, fanTokens: string[], slotId: string, capacity: number, availableAfter: () => Promise<number>): Promise<RaceResult> {
  const started = performance.now();
  const responses = await Promise.all(fanTokens.map((token) => api("POST", "/api/bookings", { token, body: { slotId } })));
  const wallMs = performance.now() - started;
  return {
    capacity,
    requests: responses.length,
    created: responses.filter((response) => response.status === 201).length,
    slotFull: responses.filter((response) => response.status === 409 && response.body?.error?.code === "SLOT_FULL").length,
    other: responses.filter((response) => response.status !== 201 && !(response.status === 409 && response.body?.error?.code === "SLOT_FULL")).length,
    serverErrors: responses.filter((response) => response.status >= 500).length,
    bookedAfter: capacity - (await availableAfter()),
    wallMs,
  };
}
