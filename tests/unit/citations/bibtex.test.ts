import { describe, expect, it } from "vitest";
import { BibtexSyntaxError, parseBibtex, placeLocator, plainField } from "../../../src/citations/bibtex.ts";

describe("parseBibtex", () => {
  it("reads entries, fields and their lines", () => {
    const [entry] = parseBibtex(`% comment with @ sign\n@Article{key1,\n  title = {{A {B} title}},\n  year = 2001,\n  journal = "J X"\n}\n`);
    expect(entry).toMatchObject({ type: "article", key: "key1", line: 2, column: 10 });
    expect(entry!.fields.title).toEqual({ value: "{A {B} title}", line: 3, column: 3 });
    expect(plainField(entry!, "title")).toBe("A B title");
    expect(plainField(entry!, "year")).toBe("2001");
    expect(plainField(entry!, "journal")).toBe("J X");
  });

  it("skips @comment and @string blocks", () => {
    const entries = parseBibtex(`@comment{ignored @article{x, title={t}} }\n@string{j = {J}}\n@misc{m, title = {T}}`);
    expect(entries.map((e) => e.key)).toEqual(["m"]);
  });

  it("names the file and line of a syntax error", () => {
    expect(() => parseBibtex(`\n\n@article{broken,\n  title = {unclosed\n}`, "refs.bib")).toThrow(BibtexSyntaxError);
    expect(() => parseBibtex(`@article{k,\n title {x}}`, "refs.bib")).toThrow(/^refs\.bib:2: entry "k": expected a field/);
    expect(() => parseBibtex(`@article{k, title = {a}, title = {b}}`, "refs.bib")).toThrow(/sets the field "title" twice/);
    expect(() => parseBibtex(`@article{, title = {a}}`, "refs.bib")).toThrow(/no citation key/);
  });
});

describe("placeLocator", () => {
  it("maps offsets to 1-based lines and columns", () => {
    const place = placeLocator("a\nbb\nccc");
    expect([0, 1, 2, 4, 5, 8].map((offset) => Object.values(place(offset)))).toEqual([
      [1, 1],
      [1, 2],
      [2, 1],
      [2, 3],
      [3, 1],
      [3, 4],
    ]);
  });
});
