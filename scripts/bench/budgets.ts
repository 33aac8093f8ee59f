/**
 * The site's weight budgets (issue 9), as pure checks over a built page and the files it loads.
 * The benchmark reports them; tests/site/budgets.test.ts enforces them on every build.
 *
 * - A chapter's first load is at most 25 KB gzip of HTML + CSS (each file gzipped on its own).
 * - The only JavaScript at load is the bootstrap that waits for search or a citation popover, and
 *   the theme switch: at most 2 KB gzip in all, and nothing of Pagefind, the search UI or the
 *   previews, which the bootstrap loads with dynamic import() when the reader needs them.
 * - No web fonts; every inline SVG has a viewBox and every <img> a width and height; image files
 *   are small and SVGs carry no editor metadata.
 */
import { parse } from "node-html-parser";
import { addSizes, sizesOf, type Sizes } from "./bytes.ts";
import { staticClosure, findImports, resolveSpecifier } from "./js-imports.ts";

export const BUDGETS = {
  /**
   * HTML + every linked stylesheet of a chapter page, gzip, bytes. 25 KB until the editorial layer
   * (corrections, updates and their listed sources) added about 3 KB to the heaviest chapter; 30 KB
   * until the phone layout (issue 17: sticky header and menu, folds, 24 px targets, scroll cues)
   * added about 0.75 KB of CSS to every page and 0.15 KB of markup to the heaviest chapter; 31 KB
   * until the theme switch (its markup and styles on every page) took the heaviest chapter, built
   * under a sub-path, a few bytes past it.
   */
  chapterFirstLoadGzip: 32 * 1024,
  /**
   * Every script a page runs before any interaction, gzip, bytes, inline scripts included (the
   * theme's first-paint script). Vite's preload helper, 0.9 KB of it, is cut down to the one call
   * it makes here (src/build/no-module-preload.ts), which leaves room for the theme switch.
   */
  jsAtLoadGzip: 2 * 1024,
  /** Module files that must never load before an interaction (matched against their URL path). */
  lazyOnly: /pagefind|search-ui|citation-preview|highlight|page-navigation|register|workbox/i,
  /** A raster image file (PNG, JPEG, WebP, AVIF, GIF). */
  rasterImageBytes: 100 * 1024,
  /** An SVG file. */
  svgFileBytes: 50 * 1024,
} as const;

const FONT_FILE = /\.(woff2?|ttf|otf|eot)$/i;
const RASTER_FILE = /\.(png|jpe?g|webp|avif|gif)$/i;
/** Left behind by drawing programs: they add bytes and nothing a reader sees. */
const SVG_EDITOR_CRUFT = /<metadata\b|<sodipodi:|\binkscape:|<!--|xmlns:(sketch|inkscape|sodipodi)=/;

/** Reads a file of the build by its URL path ("/_astro/x.css"); undefined if there is none. */
export type ReadSiteFile = (urlPath: string) => Uint8Array | undefined;

export interface ScriptTag {
  /** URL path of an external script (resolved against the page), or undefined for inline code. */
  src?: string;
  inline?: string;
  module: boolean;
}

export interface PageLinks {
  stylesheets: string[];
  scripts: ScriptTag[];
  /** `<link rel="modulepreload">`: fetched at load like a script. */
  modulePreloads: string[];
  /** Inline `<style>` text (already part of the HTML bytes). */
  inlineStyles: string[];
}

const JS_TYPES = new Set(["", "module", "text/javascript", "application/javascript"]);

/** The stylesheets and scripts a page loads, as URL paths resolved against the page's own path. */
export function pageLinks(html: string, pagePath = "/"): PageLinks {
  const root = parse(html, { blockTextElements: { script: true, style: true } });
  const resolve = (href: string) => new URL(href, `http://site${pagePath}`).pathname;
  const local = (href: string | undefined) => !!href && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href);
  const scripts: ScriptTag[] = [];
  for (const script of root.querySelectorAll("script")) {
    const type = (script.getAttribute("type") ?? "").trim().toLowerCase();
    if (!JS_TYPES.has(type)) continue; // JSON-LD and other data blocks are not code
    const src = script.getAttribute("src");
    if (src !== undefined) {
      if (local(src)) scripts.push({ src: resolve(src), module: type === "module" });
    } else if (script.rawText.trim()) scripts.push({ inline: script.rawText, module: type === "module" });
  }
  const links = root.querySelectorAll("link");
  const rel = (l: (typeof links)[number]) => (l.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
  return {
    stylesheets: links.filter((l) => rel(l).includes("stylesheet") && local(l.getAttribute("href"))).map((l) => resolve(l.getAttribute("href")!)),
    scripts,
    modulePreloads: links.filter((l) => rel(l).includes("modulepreload") && local(l.getAttribute("href"))).map((l) => resolve(l.getAttribute("href")!)),
    inlineStyles: root.querySelectorAll("style").map((s) => s.rawText),
  };
}

export interface PageWeight {
  html: Sizes;
  /** Every linked stylesheet, each compressed on its own, added up. */
  css: Sizes;
  cssFiles: string[];
  /** HTML + CSS: the first load of a page without its scripts. */
  firstLoad: Sizes;
  /** Every script that runs at load: inline code, entry modules and their static imports. */
  jsAtLoad: Sizes;
  jsModules: string[];
  /** Modules the loaded code can import later (dynamic import()), not loaded at load. */
  jsOnDemand: string[];
  /** Files the page links that are not in the build. */
  missing: string[];
}

const decoder = new TextDecoder();

export interface MeasureOptions {
  /** Compute brotli sizes too (slow at quality 11; the budgets only need gzip). Default true. */
  brotli?: boolean;
  /** Sizes of shared files (stylesheets, scripts) by URL path, reused across pages. */
  cache?: Map<string, Sizes>;
}

export function measurePage(html: string, pagePath: string, read: ReadSiteFile, options: MeasureOptions = {}): PageWeight {
  const links = pageLinks(html, pagePath);
  const missing: string[] = [];
  const compress = { brotli: options.brotli ?? true };
  const sizesOfFile = (path: string): Sizes => {
    const cached = options.cache?.get(path);
    if (cached) return cached;
    const data = read(path);
    if (!data) {
      missing.push(path);
      return { raw: 0, gzip: 0, brotli: 0 };
    }
    const sizes = sizesOf(data, compress);
    options.cache?.set(path, sizes);
    return sizes;
  };
  const htmlSizes = sizesOf(html, compress);
  const cssFiles = [...new Set(links.stylesheets)];
  const css = addSizes(...cssFiles.map(sizesOfFile));

  // Inline module code can import files too; treat it as a module living at the page's path.
  const entries = [...links.scripts.flatMap((s) => (s.src ? [s.src] : [])), ...links.modulePreloads];
  const inlineImports = links.scripts.flatMap((s) => (s.inline && s.module ? findImports(s.inline).static : []));
  for (const specifier of inlineImports) {
    const target = resolveSpecifier(pagePath, specifier);
    if (target) entries.push(target);
  }
  const closure = staticClosure(entries, (path) => {
    const data = read(path);
    return data ? decoder.decode(data) : undefined;
  });
  missing.push(...closure.missing);
  const jsAtLoad = addSizes(...closure.modules.map(sizesOfFile), ...links.scripts.filter((s) => s.inline).map((s) => sizesOf(s.inline!, compress)));
  return {
    html: htmlSizes,
    css,
    cssFiles,
    firstLoad: addSizes(htmlSizes, css),
    jsAtLoad,
    jsModules: closure.modules,
    jsOnDemand: closure.dynamic,
    missing: [...new Set(missing)],
  };
}

export interface BudgetRules {
  /** Check the first-load budget (chapters). */
  firstLoadGzip?: number;
  /** Check the JavaScript-at-load budget (every page but /search/, which is search). */
  jsAtLoadGzip?: number;
}

/** Budget violations of one page, as sentences naming the page, the figure and the limit. */
export function checkPageWeight(page: string, weight: PageWeight, rules: BudgetRules): string[] {
  const problems: string[] = [];
  if (rules.firstLoadGzip !== undefined && weight.firstLoad.gzip > rules.firstLoadGzip) {
    problems.push(
      `${page}: first load is ${weight.firstLoad.gzip} bytes gzip (HTML ${weight.html.gzip} + CSS ${weight.css.gzip}), over the budget of ${rules.firstLoadGzip}`,
    );
  }
  if (rules.jsAtLoadGzip !== undefined) {
    if (weight.jsAtLoad.gzip > rules.jsAtLoadGzip) {
      problems.push(
        `${page}: ${weight.jsAtLoad.gzip} bytes gzip of JavaScript run at load (${weight.jsModules.join(", ") || "inline"}), over the budget of ${rules.jsAtLoadGzip}`,
      );
    }
    for (const module of weight.jsModules) {
      if (BUDGETS.lazyOnly.test(module))
        problems.push(`${page}: ${module} is loaded at page load; it must only be imported with import() when the reader needs it`);
    }
  }
  for (const file of weight.missing) problems.push(`${page}: links ${file}, which is not in the build`);
  return problems;
}

/** Markup rules: inline SVGs with a viewBox, images with width and height, no font loading. */
export function checkMarkup(page: string, html: string): string[] {
  const root = parse(html, { blockTextElements: { script: true, style: true } });
  const problems: string[] = [];
  root.querySelectorAll("svg").forEach((svg, i) => {
    // An <svg> nested in another one is sized by its parent.
    if (svg.parentNode && svg.parentNode.closest?.("svg")) return;
    if (!svg.getAttribute("viewBox")) problems.push(`${page}: inline <svg> #${i + 1} has no viewBox, so it cannot scale to the screen`);
  });
  for (const img of root.querySelectorAll("img")) {
    if (!img.getAttribute("width") || !img.getAttribute("height")) {
      problems.push(`${page}: <img src="${img.getAttribute("src") ?? ""}"> has no width and height, so the page jumps when it loads`);
    }
  }
  for (const link of root.querySelectorAll('link[rel~="preload"][as="font"]')) problems.push(`${page}: preloads a web font (${link.getAttribute("href")})`);
  for (const style of root.querySelectorAll("style")) problems.push(...checkStylesheet(`${page} <style>`, style.rawText));
  return problems;
}

export function checkStylesheet(name: string, css: string): string[] {
  return /@font-face\b/i.test(css) ? [`${name}: declares @font-face; the site uses the reader's system fonts`] : [];
}

/** Rules on the files of a build: no fonts, small images, clean SVGs. */
export function checkSiteFiles(files: readonly { path: string; size: number; read: () => Uint8Array }[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    if (FONT_FILE.test(file.path)) problems.push(`${file.path}: a web font file in the build`);
    else if (RASTER_FILE.test(file.path) && file.size > BUDGETS.rasterImageBytes) {
      problems.push(`${file.path}: ${file.size} bytes, over the ${BUDGETS.rasterImageBytes}-byte limit for an image; resize or recompress it`);
    } else if (/\.svg$/i.test(file.path)) {
      if (file.size > BUDGETS.svgFileBytes) problems.push(`${file.path}: ${file.size} bytes, over the ${BUDGETS.svgFileBytes}-byte limit for an SVG`);
      const text = decoder.decode(file.read());
      if (SVG_EDITOR_CRUFT.test(text)) problems.push(`${file.path}: contains comments or editor metadata; minify it (e.g. svgo)`);
      if (!/<svg\b[^>]*\bviewBox=/i.test(text)) problems.push(`${file.path}: the <svg> has no viewBox`);
    } else if (/\.css$/i.test(file.path)) {
      problems.push(...checkStylesheet(file.path, decoder.decode(file.read())));
    }
  }
  return problems;
}
