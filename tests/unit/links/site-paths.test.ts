import { describe, expect, it } from "vitest";
import { CONTENT_PATHS, figureDataFile } from "../../../src/content/content-paths.ts";
import { fixedPaths, sitePaths } from "../../../src/links/site-paths.ts";

describe("sitePaths", () => {
  it("makes root-relative paths, with a fragment when given", () => {
    expect(sitePaths.chapter("signalling")).toBe("/chapters/signalling/");
    expect(sitePaths.chapter("signalling", "the-downstream-cascades")).toBe("/chapters/signalling/#the-downstream-cascades");
    expect(sitePaths.chapterFile("signalling", "cite.ris")).toBe("/chapters/signalling/cite.ris");
    expect(sitePaths.drug("tucatinib")).toBe("/drugs/tucatinib/");
    expect(sitePaths.glossary("adc")).toBe("/glossary/#adc");
    expect(sitePaths.openData("editorial-sources")).toBe("/data/editorial-sources.json");
  });

  it("lists the pages that exist without content, each once", () => {
    const paths = fixedPaths();
    expect(paths).toEqual(expect.arrayContaining(["/", "/about/", "/search/", "/changes/", "/changes.xml", "/drugs/", "/pathways/", "/data/drugs.json"]));
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe("content paths", () => {
  it("name every content file under the content folder", () => {
    for (const path of Object.values(CONTENT_PATHS)) expect(path).toMatch(/^content\//);
    expect(figureDataFile("signalling-network")).toBe("content/figures/signalling-network.yaml");
  });
});
