/** The parameters a path template names: `{id}` (the API's, API Gateway's syntax) or `:id` (the site's, the router's). */
export type PathParams<T extends string> = T extends `${string}{${string}}${infer Rest}`
  ? [string, ...PathParams<Rest>]
  : T extends `${string}:${string}/${infer Rest}`
    ? [string, ...PathParams<`/${Rest}`>]
    : T extends `${string}:${string}`
      ? [string]
      : [];

/** The template with each parameter, in order, filled in as one path segment (percent-encoded). */
export function fillPath<T extends string>(template: T, ...values: PathParams<T>): string {
  let next = 0;
  return template.replace(/\{\w+\}|:\w+/g, () => encodeURIComponent((values as string[])[next++]!));
}

/**
 * An API path to call: `apiPath(apiPaths.event, id)` → `/api/events/abc%2F1`, with an optional query (a value
 * left undefined is left out): `apiPath(apiPaths.events, { cursor })`.
 */
export function apiPath<T extends string>(template: T, ...values: [...PathParams<T>, query?: Record<string, string | undefined>]): string {
  const names = template.match(/\{\w+\}/g)?.length ?? 0;
  const query = Object.entries((values[names] ?? {}) as Record<string, string | undefined>).flatMap(([name, value]) =>
    value === undefined ? [] : [`${encodeURIComponent(name)}=${encodeURIComponent(value)}`],
  );
  return fillPath(template, ...(values.slice(0, names) as PathParams<T>)) + (query.length > 0 ? `?${query.join("&")}` : "");
}
