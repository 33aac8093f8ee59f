import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { PRECACHE_BUDGET_GZIP, describeWeight, precacheBudgetProblem, precacheWeight, savedPaths } from "../../../src/offline/precache.ts";

const text = (s: string) => new TextEncoder().encode(s);

describe("precacheWeight", () => {
  it("counts stored bytes as they are and download bytes gzipped, except files compressed already", () => {
    const html = text("<p>HER2</p>".repeat(200));
    const index = new Uint8Array(500).fill(7);
    const weight = precacheWeight([
      { path: "chapters/x/index.html", bytes: html },
      { path: "pagefind/index/en_1.pf_index", bytes: index },
    ]);
    expect(weight.files).toBe(2);
    expect(weight.stored).toBe(html.byteLength + 500);
    expect(weight.download).toBe(gzipSync(html, { level: 9 }).byteLength + 500);
    expect(weight.download).toBeLessThan(weight.stored);
  });

  it("describes both figures", () => {
    expect(describeWeight({ files: 3, stored: 2_500_000, download: 880_000 })).toBe("3 files, 880.0 KB to download (gzip), 2500.0 KB stored");
  });
});

describe("precacheBudgetProblem", () => {
  it("is silent within the budget", () => {
    expect(precacheBudgetProblem({ files: 1, stored: 9e6, download: PRECACHE_BUDGET_GZIP }, [])).toBeUndefined();
  });

  it("names the budget, where it is set and the largest files when over it", () => {
    const problem = precacheBudgetProblem({ files: 2, stored: 3e6, download: PRECACHE_BUDGET_GZIP + 1 }, [{ path: "references/index.html", bytes: 219_000 }]);
    expect(problem).toContain("over its budget of 2000.0 KB");
    expect(problem).toContain("src/offline/precache.ts");
    expect(problem).toContain("references/index.html (219.0 KB)");
  });
});

describe("savedPaths", () => {
  it("reads the precache manifest of a Workbox service worker", () => {
    const source = 'e.precacheAndRoute([{url:"404.html",revision:"a1"},{url:"chapters/introduction/index.html",revision:"b2"}],{})';
    expect(savedPaths(source)).toEqual(["404.html", "chapters/introduction/index.html"]);
  });
});
