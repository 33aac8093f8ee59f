/**
 * The budget checks must be able to fail: a deliberately heavy page (incompressible text, eager
 * search code, a web font, an unsized image, an SVG without viewBox) breaks every rule, and a light
 * one passes them all.
 */
import { describe, expect, it } from "vitest";
import { BUDGETS, checkMarkup, checkPageWeight, checkSiteFiles, measurePage, pageLinks, type ReadSiteFile } from "../../../scripts/bench/budgets.ts";
import { seededRandom } from "../../../scripts/bench/random.ts";

const encoder = new TextEncoder();
function site(files: Record<string, string | Uint8Array>): ReadSiteFile {
  return (path) => {
    const file = files[path];
    return file === undefined ? undefined : typeof file === "string" ? encoder.encode(file) : file;
  };
}

/** Text that gzip cannot shrink much: random letters. */
function noise(bytes: number, seed = 1): string {
  const random = seededRandom(seed);
  return Array.from({ length: bytes }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join("");
}

const LIGHT_JS = 'document.addEventListener("keydown",()=>import("./search-ui.js"));';
const page = (body: string, head = "") =>
  `<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css">${head}</head><body>${body}<script type="module" src="/_astro/bootstrap.js"></script></body></html>`;

describe("a light chapter meets every budget", () => {
  const files = {
    "/_astro/site.css": "body{font-family:system-ui,sans-serif}",
    "/_astro/bootstrap.js": LIGHT_JS,
    "/_astro/search-ui.js": noise(50_000),
  };
  const html = page('<p>HER2 text.</p><svg viewBox="0 0 10 10"><svg><rect/></svg></svg><img src="/a.png" width="10" height="10" alt="">');
  const weight = measurePage(html, "/chapters/a/", site(files));

  it("measures HTML, CSS and the JS run at load (not what loads on demand)", () => {
    expect(weight.cssFiles).toEqual(["/_astro/site.css"]);
    expect(weight.jsModules).toEqual(["/_astro/bootstrap.js"]);
    expect(weight.jsOnDemand).toEqual(["/_astro/search-ui.js"]);
    expect(weight.jsAtLoad.raw).toBe(LIGHT_JS.length);
    expect(weight.firstLoad.gzip).toBe(weight.html.gzip + weight.css.gzip);
  });

  it("passes", () => {
    expect(checkPageWeight("chapters/a/index.html", weight, { firstLoadGzip: BUDGETS.chapterFirstLoadGzip, jsAtLoadGzip: BUDGETS.jsAtLoadGzip })).toEqual([]);
    expect(checkMarkup("chapters/a/index.html", html)).toEqual([]);
    expect(
      checkSiteFiles([{ path: "favicon.svg", size: 60, read: () => encoder.encode('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>') }]),
    ).toEqual([]);
  });
});

describe("a heavy chapter fails each budget it breaks", () => {
  const files = {
    "/_astro/site.css": `@font-face{font-family:X;src:url(x.woff2)}${noise(15_000, 2)}`,
    "/_astro/bootstrap.js": 'import{open}from"./search-ui.js";',
    "/_astro/search-ui.js": `import"../pagefind/pagefind.js";${noise(3_000, 3)}`,
    "/pagefind/pagefind.js": noise(5_000, 4),
  };
  const html = page(`<p>${noise(40_000, 5)}</p><svg width="10"><path/></svg><img src="/big.png" alt="">`, '<link rel="preload" as="font" href="/x.woff2">');
  const weight = measurePage(html, "/chapters/heavy/", site(files));

  it("HTML + CSS over 32 KB gzip", () => {
    expect(weight.firstLoad.gzip).toBeGreaterThan(BUDGETS.chapterFirstLoadGzip);
    expect(checkPageWeight("chapters/heavy/index.html", weight, { firstLoadGzip: BUDGETS.chapterFirstLoadGzip })).toEqual([
      expect.stringMatching(/^chapters\/heavy\/index\.html: first load is \d+ bytes gzip \(HTML \d+ \+ CSS \d+\), over the budget of 32768$/),
    ]);
  });

  it("search code and Pagefind statically imported at load, and over 2 KB gzip", () => {
    expect(weight.jsModules).toEqual(["/_astro/bootstrap.js", "/_astro/search-ui.js", "/pagefind/pagefind.js"]);
    const problems = checkPageWeight("chapters/heavy/index.html", weight, { jsAtLoadGzip: BUDGETS.jsAtLoadGzip });
    expect(problems).toContainEqual(expect.stringMatching(/bytes gzip of JavaScript run at load .* over the budget of 2048$/));
    expect(problems).toContainEqual(expect.stringContaining("/_astro/search-ui.js is loaded at page load"));
    expect(problems).toContainEqual(expect.stringContaining("/pagefind/pagefind.js is loaded at page load"));
  });

  it("a small script that statically imports the preview code still fails", () => {
    const small = site({ "/_astro/site.css": "p{}", "/_astro/bootstrap.js": 'import"./citation-preview.js";', "/_astro/citation-preview.js": "export{}" });
    const w = measurePage(page(""), "/chapters/b/", small);
    expect(w.jsAtLoad.gzip).toBeLessThan(BUDGETS.jsAtLoadGzip);
    expect(checkPageWeight("b", w, { jsAtLoadGzip: BUDGETS.jsAtLoadGzip })).toEqual([
      "b: /_astro/citation-preview.js is loaded at page load; it must only be imported with import() when the reader needs it",
    ]);
  });

  it("inline scripts count towards JavaScript at load; JSON-LD does not", () => {
    const inline = `<script type="module">${noise(5_000, 6)}</script><script type="application/ld+json">${noise(9_000, 7)}</script>`;
    const w = measurePage(`<html><body>${inline}</body></html>`, "/", site({}));
    expect(w.jsAtLoad.raw).toBe(5_000);
    expect(checkPageWeight("p", w, { jsAtLoadGzip: BUDGETS.jsAtLoadGzip })).toHaveLength(1);
  });

  it("a linked file missing from the build is a problem", () => {
    const w = measurePage(page(""), "/", site({}));
    expect(checkPageWeight("p", w, {})).toEqual([
      "p: links /_astro/site.css, which is not in the build",
      "p: links /_astro/bootstrap.js, which is not in the build",
    ]);
  });

  it("unsized images, SVGs without viewBox and font preloads", () => {
    expect(checkMarkup("chapters/heavy/index.html", html)).toEqual([
      "chapters/heavy/index.html: inline <svg> #1 has no viewBox, so it cannot scale to the screen",
      'chapters/heavy/index.html: <img src="/big.png"> has no width and height, so the page jumps when it loads',
      "chapters/heavy/index.html: preloads a web font (/x.woff2)",
    ]);
    expect(checkMarkup("p", "<style>@font-face{font-family:y}</style>")).toEqual(["p <style>: declares @font-face; the site uses the reader's system fonts"]);
  });

  it("font files, @font-face, large images and SVGs with editor metadata in the build", () => {
    const file = (path: string, content: string | Uint8Array) => {
      const data = typeof content === "string" ? encoder.encode(content) : content;
      return { path, size: data.length, read: () => data };
    };
    expect(
      checkSiteFiles([
        file("_astro/inter.woff2", "x"),
        file("_astro/site.css", files["/_astro/site.css"]),
        file("images/photo.png", new Uint8Array(BUDGETS.rasterImageBytes + 1)),
        file("figure.svg", '<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="x"><!-- drawn in Inkscape --><metadata/></svg>'),
      ]),
    ).toEqual([
      "_astro/inter.woff2: a web font file in the build",
      "_astro/site.css: declares @font-face; the site uses the reader's system fonts",
      `images/photo.png: ${BUDGETS.rasterImageBytes + 1} bytes, over the ${BUDGETS.rasterImageBytes}-byte limit for an image; resize or recompress it`,
      "figure.svg: contains comments or editor metadata; minify it (e.g. svgo)",
      "figure.svg: the <svg> has no viewBox",
    ]);
  });
});

describe("pageLinks", () => {
  it("resolves links against the page and under the base path; ignores other hosts", () => {
    const html =
      '<link rel="stylesheet" href="../../_astro/a.css"><link rel="modulepreload" href="/her2/_astro/m.js"><link rel="stylesheet" href="https://cdn.example/x.css"><script src="//cdn.example/x.js"></script><script type="module" src="/her2/_astro/b.js"></script>';
    expect(pageLinks(html, "/her2/chapters/x/")).toEqual({
      stylesheets: ["/her2/_astro/a.css"],
      scripts: [{ src: "/her2/_astro/b.js", module: true }],
      modulePreloads: ["/her2/_astro/m.js"],
      inlineStyles: [],
    });
  });
});
