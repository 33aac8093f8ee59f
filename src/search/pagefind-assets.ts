import { url } from "../routes.ts";

/** Loads files of the Pagefind bundle (under the site's base path) once each. */
const loaded = new Map<string, Promise<void>>();

export function pagefindBundlePath(): string {
  return url("pagefind/");
}

/**
 * Pagefind's UI bundles register globals (PagefindComponents, PagefindHighlight). Most are classic
 * scripts; pagefind-highlight.js ends with an `export` statement, so it must load as a module
 * (as a classic script it fails with "Unexpected token 'export'" and nothing is highlighted).
 */
export function loadPagefindScript(file: string, options: { module?: boolean } = {}): Promise<void> {
  return once(file, () => {
    const script = document.createElement("script");
    if (options.module) script.type = "module";
    script.src = pagefindBundlePath() + file;
    document.head.append(script);
    return script;
  });
}

export function loadPagefindStylesheet(file: string): Promise<void> {
  return once(file, () => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = pagefindBundlePath() + file;
    document.head.append(link);
    return link;
  });
}

function once(file: string, create: () => HTMLElement): Promise<void> {
  let promise = loaded.get(file);
  if (!promise) {
    promise = new Promise((resolve, reject) => {
      const element = create();
      element.addEventListener("load", () => resolve(), { once: true });
      element.addEventListener("error", () => reject(new Error(`Could not load ${pagefindBundlePath()}${file}`)), { once: true });
    });
    loaded.set(file, promise);
  }
  return promise;
}
