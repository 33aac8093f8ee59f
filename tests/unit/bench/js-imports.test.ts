import { describe, expect, it } from "vitest";
import { findImports, resolveSpecifier, staticClosure } from "../../../scripts/bench/js-imports.ts";

describe("findImports", () => {
  it("reads the static imports of minified bundler output", () => {
    const code =
      'import{n as e,r as t}from"./pagefind-assets.js";import"./side-effect.js";import x from \'./default.js\';export{a}from"./re.js";export*from"./all.js";export * as ns from "./ns.js";';
    expect(findImports(code)).toEqual({
      static: ["./pagefind-assets.js", "./side-effect.js", "./default.js", "./re.js", "./all.js", "./ns.js"],
      dynamic: [],
      dynamicUnresolved: 0,
    });
  });

  it("tells dynamic import() apart, including template literals", () => {
    const code =
      "async function l(){let{openSearchModal:t}=await import(`./search-ui.BFv5yFbx.js`).then(e=>e.n)}p??=o(()=>import('./citation-preview.js'),[]);import(name);";
    expect(findImports(code)).toEqual({ static: [], dynamic: ["./search-ui.BFv5yFbx.js", "./citation-preview.js"], dynamicUnresolved: 1 });
  });

  it("is not fooled by strings, comments, regular expressions, import.meta or properties", () => {
    const code = [
      'const a = "import x from \\"./in-string.js\\"";',
      "// import './in-comment.js'",
      "/* import('./in-block-comment.js') */",
      'const r = /import\\("x"\\)/.test(s), q = x / 2 / 3;',
      "if(ok)return/^import ['\"]no['\"]/.test(t);",
      "const u = new URL('./asset.svg', import.meta.url);",
      "obj.import('./method-call.js'); export const z = 1; export default z;",
      "const t = `${'import(\"./in-template.js\")'}`;",
      'const m=["_astro/search-ui.js"];',
    ].join("\n");
    expect(findImports(code)).toEqual({ static: [], dynamic: [], dynamicUnresolved: 0 });
  });
});

describe("staticClosure", () => {
  const files: Record<string, string> = {
    "/_astro/bootstrap.js": 'import{a}from"./shared.js";const go=()=>import("./search-ui.js");',
    "/_astro/shared.js": "export const a=1;",
    "/_astro/search-ui.js": 'import"./pagefind-assets.js";',
    "/_astro/pagefind-assets.js": "",
  };

  it("follows static imports only, and lists what is loaded on demand", () => {
    expect(staticClosure(["/_astro/bootstrap.js"], (p) => files[p])).toEqual({
      modules: ["/_astro/bootstrap.js", "/_astro/shared.js"],
      missing: [],
      dynamic: ["/_astro/search-ui.js"],
    });
  });

  it("a static import of the search UI pulls its whole graph in at load", () => {
    const eager: Record<string, string> = { ...files, "/_astro/bootstrap.js": 'import"./search-ui.js";' };
    expect(staticClosure(["/_astro/bootstrap.js"], (p) => eager[p]).modules).toEqual([
      "/_astro/bootstrap.js",
      "/_astro/search-ui.js",
      "/_astro/pagefind-assets.js",
    ]);
  });

  it("reports files that are not in the build", () => {
    expect(staticClosure(["/_astro/gone.js"], (p) => files[p]).missing).toEqual(["/_astro/gone.js"]);
  });

  it("resolves relative specifiers against the importing file, and leaves bare ones", () => {
    expect(resolveSpecifier("/her2/_astro/a.js", "./b.js")).toBe("/her2/_astro/b.js");
    expect(resolveSpecifier("/her2/_astro/a.js", "../pagefind/pagefind.js")).toBe("/her2/pagefind/pagefind.js");
    expect(resolveSpecifier("/_astro/a.js", "react")).toBeUndefined();
  });
});
