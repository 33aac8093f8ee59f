import { describe, expect, it } from "vitest";
import { checkImageAlt } from "../../../src/checks/image-alt.ts";
import { cleanTree, edit, run } from "./helpers.ts";

const CHAPTER = "content/chapters/02-therapeutics.mdx";

describe("image-alt", () => {
  it("names a Markdown image without alt text", () => {
    const tree = edit(cleanTree(), CHAPTER, (t) => t.replace("![A HER2 dimer]", "![ ]"));
    expect(run(checkImageAlt, tree)).toEqual([
      `${CHAPTER}:26:79  image "/favicon.svg" has no alt text  (say what the image shows between the brackets: ![HER2 dimer with pertuzumab bound](…))  [image-alt]`,
    ]);
  });

  it('names an <img> without alt, and accepts alt="" as decorative', () => {
    const tree = edit(cleanTree(), CHAPTER, (t) => `${t}\n<img src="/favicon.svg" />\n\n<img src="/favicon.svg" alt="" />\n`);
    expect(run(checkImageAlt, tree)).toEqual([
      `${CHAPTER}:30:1  <img src="/favicon.svg"> has no alt attribute  (add alt="what the image shows", or alt="" if it is purely decorative)  [image-alt]`,
    ]);
  });
});
