import { describe, expect, it } from "vitest";
import { locateField } from "../../../src/content/yaml-places.ts";

const YAML = [
  "title: x", // 1
  "keyPoints:", // 2
  "  - first", // 3
  "  - second", // 4
  "reversibility:", // 5
  "  binding: reversible # a comment", // 6
  "brandNames: [Kadcyla, 'T, DM1', Enhertu]", // 7
  "list:", // 8
  "- term: ADC", // 9
  "  aliases: [ADCs]", // 10
  "", // 11
  "- term: Dimer", // 12
  "  seeAlso: mapk", // 13
  "nodes:", // 14
  "  - { id: ras, pathway: mapk }", // 15
  "offsets:", // 16
  "  - -5", // 17
].join("\n");

describe("locateField (the yaml package's node ranges)", () => {
  it.each([
    [["title"], 1, 1],
    [["keyPoints", 1], 4, 3],
    [["reversibility", "binding"], 6, 3],
    [["brandNames", 2], 7, 33],
    [["list", 1, "seeAlso"], 13, 3],
    [["list", 0, "aliases", 0], 10, 13],
    [["nodes", 0, "pathway"], 15, 16],
    [["offsets", 0], 17, 3],
  ])("finds %j at %i:%i", (path, line, column) => {
    expect(locateField(YAML, path)).toEqual({ line, column, exact: true });
  });

  it("returns the deepest part found for a missing field", () => {
    expect(locateField(YAML, ["reversibility", "source"])).toEqual({ line: 5, column: 1, exact: false });
    expect(locateField(YAML, ["summary"])).toEqual({ line: 1, column: 1, exact: false });
  });
});
