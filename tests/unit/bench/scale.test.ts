import { existsSync, lstatSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { patchAstroConfig, patchSectionLimit, writeScaleProject } from "../../../scripts/bench/scale.ts";

describe("scale project patches", () => {
  it("lifts the chapter section limit only", () => {
    expect(patchSectionLimit("  section: z.number().int().min(1).max(7),\n  order: z.number().int().max(9),")).toBe(
      "  section: z.number().int().min(1).max(1_000_000),\n  order: z.number().int().max(9),",
    );
    expect(patchSectionLimit("section: z.number()")).toBeUndefined();
  });

  it("gives the temporary project its own cache, and can swap in the plain rehype-citation", () => {
    const config = 'import rehypeCitation from "./src/citations/rehype-citation-cached.ts";\nexport default defineConfig({\n  site: "x",\n});';
    const cached = patchAstroConfig(config, "cached");
    expect(cached.text).toContain('defineConfig({\n  cacheDir: "./.bench-cache",\n  site: "x"');
    expect(cached.text).toContain("rehype-citation-cached.ts");
    const plain = patchAstroConfig(config, "plain");
    expect(plain.text).toContain('import rehypeCitation from "rehype-citation";');
    expect(plain.patches).toHaveLength(2);
    expect(() => patchAstroConfig("defineConfig({})", "plain")).toThrow(/rehype-citation-cached/);
  });

  it("writes a project with synthetic chapters, the grown bibliography and linked node_modules", () => {
    const { dir, patches } = writeScaleProject(process.cwd(), { pages: 3, entries: 100, variant: "cached" });
    try {
      expect(readdirSync(join(dir, "content", "chapters"))).toEqual(["1-synthetic-1.mdx", "2-synthetic-2.mdx", "3-synthetic-3.mdx"]);
      expect(readFileSync(join(dir, "content", "references.bib"), "utf8")).toContain("synth00100");
      expect(lstatSync(join(dir, "node_modules")).isSymbolicLink()).toBe(true);
      expect(existsSync(join(dir, "astro.config.mjs"))).toBe(true);
      expect(patches).toContainEqual(expect.stringMatching(/chapter section limit lifted/));
      expect(readFileSync(join(dir, "astro.config.mjs"), "utf8")).toContain('cacheDir: "./.bench-cache"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
