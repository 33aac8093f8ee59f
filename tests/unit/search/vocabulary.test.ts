import { describe, expect, it } from "vitest";
import { exactEntry, type VocabularyEntry } from "../../../src/search/vocabulary.ts";

const entry = (name: string, aliases: string[], url: string): VocabularyEntry => ({ name, aliases, url, type: "Drug", card: "" });

describe("exactEntry", () => {
  const vocabulary = [entry("Trastuzumab", ["Herceptin"], "/t/"), entry("NF-κB", ["NF-kB"], "/n/")];
  it("finds a page by name or alias", () => {
    expect(exactEntry("herceptin", vocabulary)?.url).toBe("/t/");
    expect(exactEntry("NF-kappaB", vocabulary)?.url).toBe("/n/");
    expect(exactEntry("nothing", vocabulary)).toBeUndefined();
    expect(exactEntry("", vocabulary)).toBeUndefined();
  });
});
