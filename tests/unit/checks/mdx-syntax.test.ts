import { describe, expect, it } from "vitest";
import { checkMdxSyntax } from "../../../src/checks/mdx-syntax.ts";
import { cleanTree, edit, run } from "./helpers.ts";

const CHAPTER = "content/chapters/02-therapeutics.mdx";

describe("mdx-syntax", () => {
  it("names an unclosed component at its opening tag", () => {
    const tree = edit(cleanTree(), CHAPTER, (t) => t.replace("\n</Note>\n", "\n"));
    expect(run(checkMdxSyntax, tree)).toEqual([
      `${CHAPTER}:24:1  the MDX does not parse: Expected a closing tag for \`<Note>\`  (close the tag (<Note> … </Note>), each tag on a line of its own with blank lines around the Markdown inside)  [mdx-syntax]`,
    ]);
  });

  it('names a bare "<" before a number and says how to escape it', () => {
    const tree = edit(cleanTree(), CHAPTER, (t) => t.replace("| 15%–20% |", "| <5% |"));
    expect(run(checkMdxSyntax, tree)).toEqual([
      `${CHAPTER}:20:25  the MDX does not parse: Unexpected character \`5\` (U+0035) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\`  (a "<" in text starts a tag: write a literal one as "\\<" (e.g. \\<5%))  [mdx-syntax]`,
    ]);
  });
});
