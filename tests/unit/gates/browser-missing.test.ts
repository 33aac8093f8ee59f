import { describe, expect, it } from "vitest";
import { launchChromium } from "../../../scripts/chromium.ts";

describe("the browser tests without Chromium", () => {
  it("fail with a message saying how to install it, instead of skipping", async () => {
    await expect(launchChromium("/nonexistent/chromium")).rejects.toThrow(
      "Chromium was not found at /nonexistent/chromium. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.",
    );
  });
});
