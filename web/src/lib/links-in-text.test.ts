import { describe, expect, it } from "vitest";
import { splitLinks } from "./links-in-text";

describe("a text with links", () => {
  it("splits into plain words and each link's words, in order", () => {
    expect(splitLinks("See it in <a>My bookings</a>.")).toEqual(["See it in ", "My bookings", "."]);
    expect(splitLinks("<a>Neu hier?</a> Oder <a>hier</a> anmelden")).toEqual(["", "Neu hier?", " Oder ", "hier", " anmelden"]);
  });

  it("is one plain part without links", () => {
    expect(splitLinks("No links here.")).toEqual(["No links here."]);
  });
});
