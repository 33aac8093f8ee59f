import { existsSync, lstatSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { patchAstroConfig, patchCitationPlugin, patchSectionLimit, writeScaleProject } from "../../../scripts/bench/scale.ts";

describe("scale project patches", () => {
  it("lifts the chapter section limit only", () => {
    expect(patchSectionLimit("  section: z.number().int().min(1).max(7),\n  order: z.number().int().max(9),")).toBe(
      "  section: z.number().int().min(1).max(1_000_000),\n  order: z.number().int().max(9),",
    );
    expect(patchSectionLimit("section: z.number()")).toBeUndefined();
  });

  it("gives the temporary project its own cache", () => {
    const patched = patchAstroConfig('export default defineConfig({\n  site: "x",\n});');
    expect(patched.text).toContain('defineConfig({\n  cacheDir: "./.bench-cache",\n  site: "x"');
    expect(patched.patches).toHaveLength(1);
  });

  it("can swap the plain rehype-citation into the Markdown pipeline", () => {
    const pipeline = readFileSync("src/markdown/pipeline.ts", "utf8");
    expect(pipeline).toContain("rehype-citation-cached.ts");
    const plain = patchCitationPlugin(pipeline);
    expect(plain.text).toContain('import rehypeCitation from "rehype-citation";');
    expect(plain.text).not.toContain("rehype-citation-cached.ts");
    expect(() => patchCitationPlugin("export {};")).toThrow(/rehype-citation-cached/);
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
