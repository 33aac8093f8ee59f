import { describe, expect, it } from "vitest";
import { locateYamlPath } from "../../../src/checks/yaml-location.ts";

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
].join("\n");

describe("locateYamlPath", () => {
  it.each([
    [["title"], 1, 1],
    [["keyPoints", 1], 4, 3],
    [["reversibility", "binding"], 6, 3],
    [["brandNames", 2], 7, 33],
    [["list", 1, "seeAlso"], 13, 3],
    [["list", 0, "aliases", 0], 10, 13],
    [["nodes", 0, "pathway"], 15, 16],
  ])("finds %j at %i:%i", (path, line, column) => {
    expect(locateYamlPath(YAML, path)).toEqual({ line, column, exact: true });
  });

  it("returns the deepest part found for a missing field", () => {
    expect(locateYamlPath(YAML, ["reversibility", "source"])).toEqual({ line: 5, column: 1, exact: false });
    expect(locateYamlPath(YAML, ["summary"])).toEqual({ line: 1, column: 1, exact: false });
  });
});
