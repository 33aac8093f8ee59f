/** "Cite this page": each chapter as a BibTeX, RIS and CSL-JSON record of its own, naming the version. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { parseBibtex, plainField } from "../../src/citations/bibtex.ts";
import { SITE_VERSION } from "../../src/site-version.ts";
import { htmlFiles, page } from "../helpers/dist.ts";

const dist = inject("distDir");
const chapters = htmlFiles(dist).filter((f) => /^chapters\/[^/]+\/index\.html$/.test(f));
const read = (file: string) => readFileSync(join(dist, file), "utf8");

describe("cite this page", () => {
  it.each(chapters)("%s offers its own record in three formats, each with its URL and version", (file) => {
    const folder = file.replace(/index\.html$/, "");
    const url = page(dist, file).querySelector('link[rel="canonical"]')!.getAttribute("href")!;
    const [entry] = parseBibtex(read(`${folder}cite.bib`));
    expect(entry!.type).toBe("online");
    expect(plainField(entry!, "url")).toBe(url);
    expect(plainField(entry!, "version")).toBe(SITE_VERSION);
    const ris = read(`${folder}cite.ris`);
    expect(ris).toMatch(/^TY {2}- ELEC\r\n/);
    expect(ris).toContain(`UR  - ${url}\r\n`);
    expect(ris).toContain(`ET  - ${SITE_VERSION}\r\n`);
    const [csl] = JSON.parse(read(`${folder}cite.json`)) as { URL: string; version: string; type: string }[];
    expect(csl).toMatchObject({ URL: url, version: SITE_VERSION, type: "webpage" });
    const links = page(dist, file)
      .querySelectorAll(".cite-this-page a[download]")
      .map((a) => a.getAttribute("href")!);
    expect(links.some((href) => href.endsWith("cite.json"))).toBe(true);
  });
});
