import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ProblemsError } from "../../../src/checks/problem.ts";
import { canonicalKey, parseBibliography, validateEntries } from "../../../src/citations/bibliography.ts";
import { parseBibtex } from "../../../src/citations/bibtex.ts";

const validate = (text: string) => validateEntries(parseBibtex(text, "refs.bib"), "refs.bib");
const entry = (key: string, fields: string) => `@article{${key},\n${fields}\n}\n`;
const complete = (key: string, n: number, extra = "") =>
  entry(key, `  review-number = {${n}},\n  evidence = {review},\n  author = {A, B.},\n  title = {{Title ${key}}},\n  journal = {J},\n  year = {2000},${extra}`);

describe("validateEntries", () => {
  it("accepts complete entries, sorted by review number", () => {
    const { references, problems } = validate(complete("b", 2) + complete("a", 1));
    expect(problems).toEqual([]);
    expect(references.map((r) => r.key)).toEqual(["a", "b"]);
  });

  it("reports a missing title with the key, line and how to fix it", () => {
    const { problems } = validate(
      complete("ok", 1) + entry("notitle", "  review-number = {2},\n  evidence = {review},\n  author = {A, B.},\n  journal = {J},\n  year = {2000},"),
    );
    expect(problems).toEqual([
      {
        file: "refs.bib",
        line: 9,
        column: 10,
        rule: "bibliography",
        severity: "error",
        message: 'entry "notitle": missing required field "title"',
        fix: "add title = {...} to the entry",
      },
    ]);
  });

  it("reports raw TeX in a field", () => {
    const { problems } = validate(complete("tex", 1).replace("Title tex", "NF-$\\kappa$B"));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/contains TeX markup/);
    expect(problems[0]!.fix).toMatch(/Unicode/);
    expect(problems[0]).toMatchObject({ line: 5, column: 3 });
  });

  it("reports the same work under two keys, by DOI or by title", () => {
    const byDoi = validate(complete("one", 1, "\n  doi = {10.1/X},") + complete("two", 2, "\n  doi = {10.1/x},"));
    expect(byDoi.problems.map((p) => [p.message, p.fix])).toEqual([
      [expect.stringMatching(/^entry "two": is the same work as "one".*same DOI/), expect.stringMatching(/same-as = \{one\}/)],
    ]);
    const byTitle = validate(complete("one", 1).replace("Title one", "NF-κB") + complete("two", 2).replace("Title two", "NF-kappaB"));
    expect(byTitle.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^entry "two": is the same work as "one"/)]);
  });

  it("accepts a duplicate declared with same-as, and canonicalKey resolves it", () => {
    const bib = parseBibliography(complete("one", 1, "\n  doi = {10.1/x},") + complete("two", 2, "\n  doi = {10.1/x},\n  same-as = {one},"), "refs.bib");
    expect(canonicalKey(bib, "two")).toBe("one");
    expect(canonicalKey(bib, "one")).toBe("one");
  });

  it("reports an evidence type outside the list", () => {
    const { problems } = validate(complete("e", 1).replace("{review}", "{anecdote}"));
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/evidence "anecdote" is not one of: review, clinical-trial/)]);
  });

  it("reports reused keys and review numbers", () => {
    const { problems } = validate(complete("a", 1) + complete("a", 2) + complete("c", 1));
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/key is used twice/),
      expect.stringMatching(/review-number 1 is already used by "a"/),
    ]);
  });

  it("throws every problem, as `npm run check` prints them", () => {
    expect(() => parseBibliography(entry("x", "  title = {T},"), "refs.bib")).toThrow(ProblemsError);
    expect(() => parseBibliography(entry("x", "  title = {T},"), "refs.bib")).toThrow(
      /^refs\.bib:1:10 {2}entry "x": missing required field "author" {2}\(add author = \{\.\.\.\} to the entry\) {2}\[bibliography\]$/m,
    );
  });

  it("throws a syntax error as the problem `npm run check` prints", () => {
    expect(() => parseBibliography("@article{x,\n  title = {unclosed\n", "refs.bib")).toThrow(
      /^refs\.bib:\d+:1 {2}the bibliography does not parse: .* {2}\[bibliography\]$/,
    );
  });
});

describe("the project's bibliography", () => {
  const bib = parseBibliography(readFileSync("content/references.bib", "utf8"), "content/references.bib");
  it("holds the review's 72 references, numbered 1–72", () => {
    expect(bib.references.map((r) => r.number)).toEqual(Array.from({ length: 72 }, (_, i) => i + 1));
  });
  it("has no TeX left in any title", () => {
    for (const r of bib.references) expect(r.title).not.toMatch(/[$\\]/);
  });
  it("classifies every reference's evidence (or says it is not classified)", () => {
    expect(bib.references.filter((r) => !r.evidence)).toEqual([]);
  });
  it("declares refs 44 and 60 as one work", () => {
    expect(bib.references[59]!.sameAs).toBe(bib.references[43]!.key);
  });
});

describe("bibliography faults that used to pass or blame a chapter", () => {
  const one = (fields: string) =>
    `@article{x2020,\n  review-number = {1},\n  evidence = {review},\n  author = {Doe, J.},\n  title = {T},\n  journal = {J},\n  year = {2020},\n${fields}}\n`;
  const messages = (text: string) => {
    try {
      parseBibliography(text, "content/references.bib");
      return [];
    } catch (error) {
      return [(error as Error).message];
    }
  };

  it("names a same-as that points at the entry itself", () => {
    expect(messages(one("  same-as = {x2020},\n")).join("\n")).toContain("same-as names the entry itself");
  });

  it("names a TeX escape such as \\& that would be published as written", () => {
    expect(messages(one("  publisher = {Cancer Res \\& Treat},\n")).join("\n")).toMatch(/field "publisher" contains TeX markup/);
  });

  it("names a replacement character left by invalid UTF-8", () => {
    expect(messages(one("  publisher = {Caf\uFFFD},\n")).join("\n")).toContain("not valid UTF-8");
  });

  it("names the .bib file and line of an unpaired brace inside quotes", () => {
    expect(() => parseBibliography(one('  note = "a } b",\n'), "content/references.bib")).toThrow(
      /content\/references\.bib:8.*unpaired "\{" or "\}" inside its quotes/,
    );
  });
});
