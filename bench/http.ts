/** A minimal JSON client for the benchmarks. */
export function apiClient(baseUrl: string) {
  return async (method: string, path: string, options: { token?: string; body?: unknown } = {}) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...(options.body !== undefined ? { "content-type": "application/json" } : {}), ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, requestId: response.headers.get("x-request-id") };
  };
}

export type ApiClient = ReturnType<typeof apiClient>;
