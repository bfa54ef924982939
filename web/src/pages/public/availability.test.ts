import { describe, expect, it } from "vitest";
import { availabilityLabel } from "./availability";
import { timesAvailableLabel } from "./times-available";

describe("availability labels", () => {
  it("say a slot's free seats, or Full", () => {
    expect([availabilityLabel(3), availabilityLabel(1), availabilityLabel(0)]).toEqual(["3 left", "1 left", "Full"]);
  });

  it("say how many of an event's times still have room (not how many seats)", () => {
    expect([timesAvailableLabel(2), timesAvailableLabel(1), timesAvailableLabel(0)]).toEqual(["2 times available", "1 time available", "Fully booked"]);
  });
});
