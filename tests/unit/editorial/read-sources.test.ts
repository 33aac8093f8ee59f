import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../src/checks/problem.ts";
import { parseEditorialSources } from "../../../src/editorial/read-sources.ts";

const GOOD = `- id: fda-label-x
  kind: label
  title: "X prescribing information"
  publisher: "Maker"
  url: "https://example.org/x"
  read: "boxed warning"
  checked: 2026-12-01
`;
const file = (text: string, path = "content/editorial-sources/a.yaml") => ({ path, text });
const problems = (...files: { path: string; text: string }[]) => parseEditorialSources(files).problems.map(formatProblem);

describe("editorial sources", () => {
  it("reads a valid source, with its checked date", () => {
    const { sources, problems: found } = parseEditorialSources([file(GOOD)]);
    expect(found).toEqual([]);
    expect(sources[0]).toMatchObject({ id: "fda-label-x", kind: "label", checked: new Date("2026-12-01T00:00:00Z") });
  });

  it.each([
    ["checked", GOOD.replace("  checked: 2026-12-01\n", ""), "content/editorial-sources/a.yaml:1:3  checked:"],
    ["read", GOOD.replace('  read: "boxed warning"\n', ""), "content/editorial-sources/a.yaml:1:3  read:"],
    ["a bad date", GOOD.replace("2026-12-01", "2026-13-45"), "content/editorial-sources/a.yaml:7:12  checked: write the date it was read as YYYY-MM-DD"],
    ["a DOI with its resolver", GOOD.replace("  read:", '  doi: "https://doi.org/10.1/x"\n  read:'), "doi: a DOI starts with 10."],
    ["no publisher or authors", GOOD.replace('  publisher: "Maker"\n', ""), "publisher: name the publisher or the authors"],
    ["an unknown field", GOOD.replace("  read:", "  note: x\n  read:"), "content/editorial-sources/a.yaml:1:3  entry: Unrecognized key"],
    ["invalid YAML", "- id: [unclosed\n", "content/editorial-sources/a.yaml:"],
  ])("names the file and line of %s", (_what, text, expected) => {
    expect(problems(file(text)).join("\n")).toContain(expected);
  });

  it("rejects the same page listed twice under two ids", () => {
    expect(problems(file(GOOD + GOOD.replace("id: fda-label-x", "id: fda-label-y")))).toEqual([
      'content/editorial-sources/a.yaml:12:8  this page is already listed as "fda-label-x"  (cite "fda-label-x" instead, and add what you read to its "read" field)  [editorial]',
    ]);
  });

  it("rejects one id used in two files, naming the first", () => {
    expect(problems(file(GOOD), file(GOOD, "content/editorial-sources/b.yaml"))).toEqual([
      'content/editorial-sources/b.yaml:1:7  the source id "fda-label-x" is already used at content/editorial-sources/a.yaml:1  (give each source its own id, or reuse the one that is there)  [editorial]',
    ]);
  });
});
