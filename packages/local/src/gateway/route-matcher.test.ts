import { routeList } from "@slotbook/functions";
import { describe, expect, it } from "vitest";
import { createRouteMatcher } from "./route-matcher";

const match = createRouteMatcher(routeList);

describe("the local gateway's route matching", () => {
  it("prefers literal segments, as API Gateway does", () => {
    expect(match("GET", "/api/events/public")?.route.name).toBe("listPublicEvents");
    expect(match("GET", "/api/events/abc")?.route.name).toBe("getEvent");
    expect(match("DELETE", "/api/events/e1/bookings/b1")?.params).toEqual({ id: "e1", bookingId: "b1" });
  });

  it("hands a path segment that is not valid percent-encoded UTF-8 through as it came, instead of crashing", () => {
    expect(match("GET", "/api/events/%ED%A0%80")?.params).toEqual({ id: "%ED%A0%80" });
    expect(match("GET", "/api/events/%E2%9C%93")?.params).toEqual({ id: "✓" });
  });
});
