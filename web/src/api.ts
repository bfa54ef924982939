import { apiUrl } from "./config";

export interface ApiErrorBody {
  error: { code: string; message: string; details?: Array<{ path: string; message: string }> };
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly body: ApiErrorBody) {
    super(body.error.message);
  }
}

/** Calls the API and returns its JSON, or throws an ApiError carrying the contract's error body. */
export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${apiUrl}${path}`, { ...init, headers: { "content-type": "application/json", ...init.headers } });
  } catch {
    throw new ApiError(0, { error: { code: "UNAVAILABLE", message: "Can't reach the booking service. Check your connection and try again." } });
  }
  const text = await response.text();
  const body = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new ApiError(response.status, body as ApiErrorBody);
  return body as T;
}
