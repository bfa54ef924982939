import type { RouteSpec } from "@slotbook/functions";

export interface CompiledRoute<R extends RouteSpec = RouteSpec> {
  route: R;
  routeKey: string;
  pattern: RegExp;
  paramNames: string[];
  /** Higher wins: API Gateway prefers the most specific route. */
  specificity: number;
}

/** API Gateway hands a segment that is not valid percent-encoded UTF-8 through as it came; so do we (never a crash). */
const decodeSegment = (raw: string) => {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
};

const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, "\\$&");

function compile<R extends RouteSpec>(route: R): CompiledRoute<R> {
  const paramNames: string[] = [];
  let specificity = 0;
  const source = route.path
    .split("/")
    .map((segment) => {
      const greedy = /^\{(\w+)\+\}$/.exec(segment);
      if (greedy) {
        paramNames.push(greedy[1]!);
        return "(.+)";
      }
      const param = /^\{(\w+)\}$/.exec(segment);
      if (param) {
        paramNames.push(param[1]!);
        specificity += 1;
        return "([^/]+)";
      }
      specificity += 1000;
      return escape(segment);
    })
    .join("/");
  if (route.method !== "ANY") specificity += 1;
  return { route, routeKey: `${route.method} ${route.path}`, pattern: new RegExp(`^${source}$`), paramNames, specificity };
}

/** Route selection as API Gateway HTTP APIs do it: the most specific matching route wins; greedy paths last. */
export function createRouteMatcher<R extends RouteSpec>(routes: readonly R[]) {
  const compiled = routes.map(compile).sort((a, b) => b.specificity - a.specificity);
  return (method: string, path: string) => {
    for (const candidate of compiled) {
      if (candidate.route.method !== "ANY" && candidate.route.method !== method) continue;
      const match = candidate.pattern.exec(path);
      if (!match) continue;
      const params = Object.fromEntries(candidate.paramNames.map((name, i) => [name, decodeSegment(match[i + 1]!)]));
      return { ...candidate, params };
    }
    return undefined;
  };
}
