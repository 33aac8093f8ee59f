import { describe, expect, it } from "vitest";
import { currentSection } from "../../../src/wayfinding/current-section.ts";

describe("currentSection", () => {
  const line = 300;

  it("is none before the first heading reaches the reading line", () => {
    expect(currentSection([450, 900, 1600], line)).toBe(-1);
  });

  it("is the last heading above the reading line", () => {
    expect(currentSection([-800, -100, 250, 900], line)).toBe(2);
    expect(currentSection([-800, -100, 301, 900], line)).toBe(1);
  });

  it("counts a heading exactly on the line as reached", () => {
    expect(currentSection([-10, 300], line)).toBe(1);
  });

  it("stays on the last section past the end", () => {
    expect(currentSection([-3000, -2000, -900], line)).toBe(2);
  });

  it("has nothing to mark on a page without headings", () => {
    expect(currentSection([], line)).toBe(-1);
  });
});
