import { describe, expect, it } from "vitest";
import refuseUrlFetch from "./mail-url-fetch";

describe("the URL fetcher the function bundles give nodemailer", () => {
  it("fails the part as a failed download would: an error on its stream, naming the URL", async () => {
    const stream = refuseUrlFetch("https://example.com/flyer.pdf");
    await expect(new Promise((resolve, reject) => stream.on("error", reject).on("end", resolve).resume())).rejects.toThrow("https://example.com/flyer.pdf");
  });
});
