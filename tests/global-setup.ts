/**
 * Builds the real site once per site project into a temporary folder, for every built-site and
 * browser test of that project. The project's `env` (vitest.config.ts) sets the build variables:
 * BASE_PATH, SITE_URL, and SITE_DIST_VARIABLE — the name of the variable (SITE_DIST,
 * SITE_DIST_SUBPATH) that points the project at an existing build instead of building.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite } from "./helpers/build.ts";

declare module "vitest" {
  export interface ProvidedContext {
    distDir: string;
    /** The deployment base path of the build ("/", "/her2/"). */
    base: string;
    /** The canonical origin the build was made for ("https://her2-kb.test"). */
    siteUrl: string;
  }
}

/** A deployment's origin for the built-site tests (".test" is reserved for testing, RFC 6761). */
export const DEFAULT_SITE_URL = "https://her2-kb.test";

export default async function setup(project: TestProject) {
  const env = { ...process.env, ...project.config.env } as Record<string, string | undefined>;
  const base = env.BASE_PATH ?? "/";
  const siteUrl = env.SITE_URL ?? DEFAULT_SITE_URL;
  project.provide("base", base);
  project.provide("siteUrl", siteUrl);
  const existing = env[env.SITE_DIST_VARIABLE ?? "SITE_DIST"];
  if (existing) {
    project.provide("distDir", existing);
    return;
  }
  const outDir = mkdtempSync(join(tmpdir(), `her2-kb-${project.name || "site"}-`));
  // A repository for "Edit this page" (without REPO_URL a build has no such link).
  const result = await buildSite({
    root: process.cwd(),
    outDir,
    env: { BASE_PATH: base, SITE_URL: siteUrl, REPO_URL: env.REPO_URL ?? "https://github.com/her2-kb-test/her2" },
  });
  if (result.code !== 0) throw new Error(`The site did not build (${project.name}, base ${base}):\n${result.output}`);
  project.provide("distDir", outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
