/** schema.org JSON-LD: the right types from the content model, valid JSON, at most 1.5 KB gzip a page. */
import { gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { site } from "../../src/site.config.ts";
import { htmlFiles, page } from "../helpers/dist.ts";

const dist = inject("distDir");
const contentPages = htmlFiles(dist).filter((f) => /^(chapters|drugs|pathways)\/[^/]+\/index\.html$/.test(f));

function jsonLd(file: string): { data: Record<string, unknown>; gzip: number }[] {
  return page(dist, file)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => ({ data: JSON.parse(s.textContent) as Record<string, unknown>, gzip: gzipSync(s.textContent).length }));
}

describe("structured data", () => {
  it.each(contentPages)("%s is a MedicalWebPage based on the review, reviewed on its date", (file) => {
    const blocks = jsonLd(file);
    expect(blocks).toHaveLength(1);
    const { data, gzip } = blocks[0]!;
    expect(gzip).toBeLessThanOrEqual(1536);
    expect(data).toMatchObject({ "@context": "https://schema.org", "@type": "MedicalWebPage" });
    expect(data.lastReviewed).toBe(page(dist, file).querySelector(".editorial-date time")!.getAttribute("datetime"));
    expect((data.isBasedOn as { identifier: string }).identifier).toBe(`https://doi.org/${site.sourceReview.doi}`);
    expect(data.url).toBe(page(dist, file).querySelector('link[rel="canonical"]')!.getAttribute("href"));
    if (file.startsWith("drugs/")) {
      expect(data.about).toMatchObject({ "@type": "Drug", nonProprietaryName: page(dist, file).querySelector("h1")!.text.trim() });
    }
    if (file.startsWith("chapters/"))
      expect((data.citation as string[]).every((c) => /^https:\/\/(doi\.org|pubmed\.ncbi\.nlm\.nih\.gov)\//.test(c))).toBe(true);
  });

  it("describes the glossary as a DefinedTermSet of every term", () => {
    const [{ data, gzip }] = jsonLd("glossary/index.html") as [{ data: { "@type": string; hasDefinedTerm: unknown[] }; gzip: number }];
    expect(data["@type"]).toBe("DefinedTermSet");
    expect(data.hasDefinedTerm).toHaveLength(page(dist, "glossary/index.html").querySelectorAll(".glossary-entry").length);
    expect(gzip).toBeLessThanOrEqual(1536);
  });
});
