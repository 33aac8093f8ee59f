import { describe, expect, it } from "vitest";
import { checkBibliography } from "../../../src/checks/bibliography.ts";
import { cleanTree, edit, run } from "./helpers.ts";

const BIB = "content/references.bib";

describe("bibliography", () => {
  it("names a key used twice, at the second entry", () => {
    const tree = edit(cleanTree(), BIB, (t) => t.replace("@article{gamma2003,", "@article{beta2002,"));
    expect(run(checkBibliography, tree)).toEqual([
      `${BIB}:21:10  entry "beta2002": the key is used twice (first at line 11)  (give each entry its own key)  [bibliography]`,
    ]);
  });

  it("names the same work entered under two keys, and how to declare it on purpose", () => {
    const tree = edit(cleanTree(), BIB, (t) => t.replace("title = {Third work, on trastuzumab}", "title = {Second work, on HER2 signalling}"));
    expect(run(checkBibliography, tree)).toEqual([
      `${BIB}:21:10  entry "gamma2003": is the same work as "beta2002" (line 11): the same title  (cite one key and delete the other; if the source lists the work twice on purpose, add same-as = {beta2002} to "gamma2003")  [bibliography]`,
    ]);
  });

  it("names a missing required field", () => {
    const tree = edit(cleanTree(), BIB, (t) => t.replace("  journal = {J Test},\n  year = {2001},", "  year = {2001},"));
    expect(run(checkBibliography, tree)).toEqual([
      `${BIB}:2:10  entry "alpha2001": missing required field "journal"  (add journal = {...} to the entry)  [bibliography]`,
    ]);
  });

  it("names a syntax error and checks nothing else", () => {
    const tree = edit(cleanTree(), BIB, (t) => t.replace("  year = {2002},", "  year = {2002}"));
    expect(run(checkBibliography, tree)).toEqual([
      `${BIB}:17:1  the bibliography does not parse: entry "beta2002": expected "," or "}" after field "year"  (write each entry as @article{key, field = {value}, …} with balanced braces)  [bibliography]`,
    ]);
  });
});
