/**
 * The scale run: how build cost grows with the size of the site. For each size N it writes a
 * throwaway project (this project's code and non-chapter content; N synthetic chapters; the real
 * bibliography grown with synthetic entries), builds it with scripts/build.ts and records wall
 * time, ms per page and peak memory. A profile at one size compares a large bibliography with the
 * real one, and the cached rehype-citation with the plain one, to show what parsing costs.
 *
 * What the throwaway project changes, and only there:
 * - content/chapters/ and content/references.bib are synthetic (see corpus.ts);
 * - the chapter schema (src/content.config.ts or the module it imports): the `section` limit
 *   (1–7, the review's sections) is lifted;
 * - astro.config.mjs: `cacheDir` points inside the project, so its content cache is its own
 *   (node_modules is a symlink to this project's, where Astro keeps the cache by default);
 * - for the "plain" variant, the Markdown pipeline (src/markdown/pipeline.ts) imports rehype-citation
 *   itself instead of the cached one.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { runBuild, type BuildRun } from "./build-timing.ts";
import { DEFAULT_CORPUS, syntheticContent } from "./corpus.ts";
import { CONTENT_DIR, CONTENT_PATHS } from "../../src/content/content-paths.ts";
import { sortedGlob } from "../../src/files/sorted-glob.ts";

const PROJECT_FILES = ["astro.config.mjs", "package.json", "tsconfig.json", "src", "public"];
const PIPELINE = "src/markdown/pipeline.ts";
const CACHED_IMPORT = /^import rehypeCitation from "\.\.\/citations\/rehype-citation-cached\.ts";$/m;

export type CitationVariant = "cached" | "plain";

export interface ScaleRun {
  pages: number;
  entries: number;
  variant: CitationVariant;
  ok: boolean;
  /** HTML pages in the build (the synthetic chapters plus the site's other pages). */
  htmlPages: number;
  wallMs: number;
  astroMs?: number;
  pagefindMs?: number;
  /** Wall time per synthetic chapter. */
  msPerPage: number;
  /** CPU time (user + system, all processes) per synthetic chapter: less sensitive to other load on the machine. */
  cpuMsPerPage?: number;
  peakRssMb?: number;
  peakTreeRssMb: number;
  cpuSeconds?: number;
  distMb: number;
  /** Mean load average during the build (the machine has few cores; others' work slows wall time). */
  loadAverage: number;
  /** What the temporary project changed, for the report. */
  patches: string[];
  error?: string;
}

/** Lifts the chapter `section` maximum in a copy of content.config.ts; undefined if the schema has none. */
export function patchSectionLimit(config: string): string | undefined {
  const pattern = /(section:\s*z\.number\(\)\.int\(\)(?:\.min\(\d+\))?)\.max\(\d+\)/;
  return pattern.test(config) ? config.replace(pattern, "$1.max(1_000_000)") : undefined;
}

/** Gives a copy of astro.config.mjs its own cache folder. */
export function patchAstroConfig(config: string): { text: string; patches: string[] } {
  const patches: string[] = [];
  const text = config.replace(/defineConfig\(\{/, () => {
    patches.push("astro.config.mjs: cacheDir inside the temporary project");
    return 'defineConfig({\n  cacheDir: "./.bench-cache",';
  });
  return { text, patches };
}

/** Swaps the unwrapped rehype-citation into a copy of the Markdown pipeline, for the "plain" variant. */
export function patchCitationPlugin(pipeline: string): { text: string; patch: string } {
  if (!CACHED_IMPORT.test(pipeline)) throw new Error(`${PIPELINE} does not import rehype-citation-cached.ts; cannot build the plain variant`);
  return {
    text: pipeline.replace(CACHED_IMPORT, 'import rehypeCitation from "rehype-citation";'),
    patch: `${PIPELINE}: plain rehype-citation (bibliography parsed per file)`,
  };
}

function sourceFiles(dir: string): string[] {
  return sortedGlob("**/*.{ts,mjs,js}", dir).map((name) => join(dir, name));
}

function folderSize(dir: string): number {
  const stats = sortedGlob("**/*", dir).map((name) => statSync(join(dir, name)));
  return stats.filter((stat) => !stat.isDirectory()).reduce((total, stat) => total + stat.size, 0);
}

/** The pages of a build: its .html files, not the search index's or the assets'. */
function countHtml(dir: string): number {
  return sortedGlob("**/*.html", dir).filter((name) => !/(^|\/)(pagefind|_astro)\//.test(name)).length;
}

/** Writes the throwaway project for one run; returns its folder and what was patched. */
export function writeScaleProject(
  root: string,
  options: { pages: number; entries: number; variant: CitationVariant; seed?: number },
): { dir: string; patches: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "her2-kb-scale-"));
  for (const name of PROJECT_FILES) if (existsSync(join(root, name))) cpSync(join(root, name), join(dir, name), { recursive: true });
  // Everything a maintainer edits except the chapters and the bibliography, which are synthetic.
  cpSync(join(root, CONTENT_DIR), join(dir, CONTENT_DIR), {
    recursive: true,
    filter: (source) => !source.startsWith(join(root, CONTENT_PATHS.chapters) + "/") && source !== join(root, CONTENT_PATHS.bibliography),
  });
  rmSync(join(dir, CONTENT_PATHS.chapters), { recursive: true, force: true });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");

  const patches: string[] = [];
  // The chapter schema lives in content.config.ts or a module it imports: patch wherever it is.
  for (const file of sourceFiles(join(dir, "src"))) {
    const lifted = patchSectionLimit(readFileSync(file, "utf8"));
    if (lifted) {
      writeFileSync(file, lifted);
      patches.push(`${relative(dir, file)}: chapter section limit lifted`);
    }
  }
  const astroConfig = join(dir, "astro.config.mjs");
  const patched = patchAstroConfig(readFileSync(astroConfig, "utf8"));
  writeFileSync(astroConfig, patched.text);
  patches.push(...patched.patches);
  if (options.variant === "plain") {
    const pipeline = join(dir, PIPELINE);
    const plain = patchCitationPlugin(readFileSync(pipeline, "utf8"));
    writeFileSync(pipeline, plain.text);
    patches.push(plain.patch);
  }

  const content = syntheticContent(
    { ...DEFAULT_CORPUS, pages: options.pages, entries: options.entries, seed: options.seed ?? DEFAULT_CORPUS.seed },
    readFileSync(join(root, CONTENT_PATHS.bibliography), "utf8"),
  );
  for (const [path, text] of content.files) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return { dir, patches };
}

export async function runScale(options: { root: string; pages: number; entries: number; variant: CitationVariant; keep?: boolean }): Promise<ScaleRun> {
  const { dir, patches } = writeScaleProject(options.root, options);
  const outDir = join(dir, "dist");
  let build: BuildRun | undefined;
  try {
    build = await runBuild({ root: dir, outDir, buildScript: join(options.root, "scripts", "build.ts") });
    const ok = build.ok && existsSync(outDir);
    return {
      pages: options.pages,
      entries: options.entries,
      variant: options.variant,
      ok,
      htmlPages: ok ? countHtml(outDir) : 0,
      wallMs: build.wallMs,
      astroMs: build.astroMs,
      pagefindMs: build.pagefindMs,
      msPerPage: Number((build.wallMs / options.pages).toFixed(1)),
      cpuMsPerPage: build.cpuSeconds !== undefined ? Number(((build.cpuSeconds * 1000) / options.pages).toFixed(1)) : undefined,
      peakRssMb: build.peakRssMb,
      peakTreeRssMb: build.peakTreeRssMb,
      cpuSeconds: build.cpuSeconds,
      distMb: ok ? Number((folderSize(outDir) / 1024 / 1024).toFixed(1)) : 0,
      loadAverage: build.loadAverage,
      patches,
      error: ok ? undefined : lastLines(build.output, 25),
    };
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
}

function lastLines(text: string, n: number): string {
  return text.trimEnd().split("\n").slice(-n).join("\n");
}
