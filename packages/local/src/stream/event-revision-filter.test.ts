import { marshall } from "@aws-sdk/util-dynamodb";
import { eventRevisionOf } from "@slotbook/core";
import { notifierFunction } from "@slotbook/functions";
import type { DynamoDBRecord } from "aws-lambda";
import { describe, expect, it } from "vitest";
import { matchesAny } from "./filter-match";

const eventImage = (extra: Record<string, unknown>) =>
  marshall({ pk: "EVENT#e1", sk: "EVENT", itemType: "EVENT", id: "e1", title: "Signing", slots: [], version: 3, ...extra }) as NonNullable<DynamoDBRecord["dynamodb"]>["NewImage"];
const modify = (before: Record<string, unknown>, after: Record<string, unknown>) =>
  ({ eventName: "MODIFY", dynamodb: { OldImage: eventImage(before), NewImage: eventImage(after) } }) as DynamoDBRecord;

describe("the notifier hears of event changes booked fans must be told of", () => {
  it("its stream filter passes an event write marked revised, and no other event change", () => {
    const { filters } = notifierFunction;
    expect(matchesAny(modify({ revision: 1, revised: true }, { revision: 2, revised: true }), filters)).toBe(true);
    expect(matchesAny(modify({ revision: 2, revised: true }, { revision: 2, revised: false }), filters)).toBe(false);
    expect(matchesAny(modify({}, { description: "new" }), filters)).toBe(false);
    expect(matchesAny({ eventName: "INSERT", dynamodb: { NewImage: eventImage({ revised: true }) } }, filters)).toBe(false);
  });

  it("reads the event before and after from a record whose revision went up, and ignores the rest", () => {
    const revised = eventRevisionOf(modify({ title: "Signing" }, { title: "Signing, with cake", revision: 1, revised: true }));
    expect(revised?.before.title).toBe("Signing");
    expect(revised?.after).toMatchObject({ title: "Signing, with cake", revision: 1 });
    // Deleting a revised event keeps the mark on the item; the revision did not move, so nothing is sent.
    expect(eventRevisionOf(modify({ revision: 1, revised: true }, { revision: 1, revised: true, deletedAt: "2026-11-03T10:00:00.000Z" }))).toBeUndefined();
  });
});
