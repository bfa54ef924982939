export { defaultThrottle, routes, routeList, type RouteName } from "./routes";
export { allowedRoles, edgeCachedPathPatterns, edgeCacheControl, splitHandler, type RouteSpec, type HttpMethod } from "./http/route-spec";
export type { ApiEvent, ApiResult } from "./http/http-event";
export { maxBodyBytes } from "./http/middleware/body-limit";
export { errorStatus } from "./http/errors";
export { groupsFromClaim } from "./http/caller";
export { corsPolicy, type CorsPolicy } from "./http/cors";
export { notifierFunction } from "./notifier/definition";
export { sharePagePublisher, sharePageRepublisher } from "./share-pages/definition";
