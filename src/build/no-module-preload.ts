/**
 * Dynamic imports without Vite's preload machinery. Astro sets its own `build.modulePreload`
 * (user config cannot override it), so this turns it off at build setup: no lists of modules to
 * preload are written into the page's script. Vite still routes every dynamic import through its
 * preload helper, which, with nothing to preload, only calls the import — yet costs every page
 * about 0.9 KB gzip of JavaScript at load. The helper's chunk is therefore replaced by that call.
 * The modules it serves load only when the reader opens search, a preview or the reference tools,
 * or once the page is idle: one more round trip (none, offline) is no cost there.
 */
import type { AstroIntegration } from "astro";
import type { Plugin } from "vite";

/** What the helper does when it has nothing to preload: run the import. */
export function leanHelperCode(exportName: string): string {
  return `const preload=(load)=>load();export{preload as ${exportName}};`;
}

export function leanPreloadHelper(): Plugin {
  return {
    name: "her2-kb:lean-preload-helper",
    apply: "build",
    applyToEnvironment: (environment) => environment.name === "client",
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== "chunk" || !/(^|\/)preload-helper\b/.test(chunk.fileName)) continue;
        const [exportName, ...more] = chunk.exports;
        if (!exportName || more.length)
          this.error(`${chunk.fileName}: expected one export, found ${chunk.exports.join(", ")}; Vite's preload helper has changed`);
        chunk.code = leanHelperCode(exportName);
      }
    },
  };
}

export default function noModulePreload(): AstroIntegration {
  return {
    name: "her2-kb:no-module-preload",
    hooks: {
      "astro:build:setup": ({ updateConfig }) => {
        updateConfig({ build: { modulePreload: false }, plugins: [leanPreloadHelper()] });
      },
    },
  };
}
