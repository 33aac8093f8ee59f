/**
 * Builds the real site once into a temporary folder for every built-site and browser test.
 * Set SITE_DIST to test an existing build instead (e.g. one made with a sub-path base).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite } from "./helpers/build.ts";

declare module "vitest" {
  export interface ProvidedContext {
    distDir: string;
    base: string;
  }
}

export default async function setup(project: TestProject) {
  const base = process.env.BASE_PATH ?? "/";
  if (process.env.SITE_DIST) {
    project.provide("distDir", process.env.SITE_DIST);
    project.provide("base", base);
    return;
  }
  const outDir = mkdtempSync(join(tmpdir(), "her2-kb-site-"));
  const result = await buildSite({ root: process.cwd(), outDir, env: { BASE_PATH: base } });
  if (result.code !== 0) throw new Error(`The site did not build:\n${result.output}`);
  project.provide("distDir", outDir);
  project.provide("base", base);
  return () => rmSync(outDir, { recursive: true, force: true });
}
