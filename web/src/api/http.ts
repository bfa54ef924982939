import { apiUrl } from "../config";
import { ApiError, unreachable, type ApiErrorBody } from "./errors";
import { t } from "../i18n/t";

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "DELETE";
  body?: unknown;
  headers?: Record<string, string>;
  /** A bearer token to send. */
  token?: string;
  signal?: AbortSignal;
  /** The browser cache's part: `no-cache` asks the server every time (the API's public reads allow stale copies). */
  cache?: RequestCache;
}

/**
 * The last answer's headers and when it arrived (this device's clock): its `Date` tells the server's time
 * (lib/countdown.ts), so a countdown to a booking's opening is right even when the phone's clock is not.
 */
export let lastAnswer: [Headers?, number?] = [];

/** One call to the API: JSON in, JSON (or nothing) out; a non-2xx answer throws an ApiError. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json", ...options.headers };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(`${apiUrl}${path}`, {
      method: options.method ?? "GET",
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      ...(options.cache ? { cache: options.cache } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw unreachable();
  }
  lastAnswer = [response.headers, Date.now()];
  const text = await response.text();
  if (!response.ok) throw new ApiError(response.status, parseErrorBody(response.status, text));
  const isJson = response.headers.get("content-type")?.includes("json");
  return (text && isJson ? JSON.parse(text) : text || undefined) as T;
}

function parseErrorBody(status: number, text: string): ApiErrorBody {
  try {
    const body = JSON.parse(text) as Partial<ApiErrorBody>;
    if (body.error?.code && body.error.message) return body as ApiErrorBody;
  } catch {
    // Not the contract's body (a proxy's error page, say): fall through to a generic one.
  }
  return { error: { code: `HTTP_${status}`, message: t("The booking service had a problem. Please try again.") } };
}
