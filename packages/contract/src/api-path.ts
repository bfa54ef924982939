/** The parameters an API path names, in order: `/api/events/{id}/bookings/{bookingId}` → [id, bookingId]. */
export type PathParams<T extends string> = T extends `${string}{${string}}${infer Rest}` ? [string, ...PathParams<Rest>] : [];

/**
 * An API path to call: `apiPath(apiPaths.event, id)` → `/api/events/abc%2F1`, with an optional query (a value
 * left undefined is left out): `apiPath(apiPaths.events, { cursor })`.
 */
export function apiPath<T extends string>(template: T, ...values: [...PathParams<T>, query?: Record<string, string | undefined>]): string {
  const names = template.match(/\{\w+\}/g)?.length ?? 0;
  let next = 0;
  const path = template.replace(/\{\w+\}/g, () => encodeURIComponent(values[next++] as string));
  const query = Object.entries((values[names] ?? {}) as Record<string, string | undefined>).flatMap(([name, value]) =>
    value === undefined ? [] : [`${encodeURIComponent(name)}=${encodeURIComponent(value)}`],
  );
  return path + (query.length > 0 ? `?${query.join("&")}` : "");
}
