import { notifierFunction } from "@slotbook/functions";
import { describe, expect, it } from "vitest";
import { matchesAny } from "./filter-match";

const record = (eventName: string, image: "NewImage" | "OldImage", itemType: string) => ({ eventName, dynamodb: { [image]: { itemType: { S: itemType }, pk: { S: "x" } } } });

describe("the notifier's stream filter, applied locally", () => {
  it("lets through bookings added and removed, and nothing else", () => {
    const { filters } = notifierFunction;
    expect(matchesAny(record("INSERT", "NewImage", "BOOKING"), filters)).toBe(true);
    expect(matchesAny(record("REMOVE", "OldImage", "BOOKING"), filters)).toBe(true);
    expect(matchesAny(record("MODIFY", "NewImage", "BOOKING"), filters)).toBe(false);
    expect(matchesAny(record("INSERT", "NewImage", "SLOT_COUNTER"), filters)).toBe(false);
    expect(matchesAny(record("REMOVE", "OldImage", "SENT_MAIL"), filters)).toBe(false);
    expect(matchesAny({ eventName: "INSERT" }, filters)).toBe(false);
  });
});
