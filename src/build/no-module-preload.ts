/**
 * Turns off Vite's modulepreload lists for the site's dynamic imports. Astro sets its own
 * `build.modulePreload` (user config cannot override it), and the lists it leads to cost every page
 * about 120 bytes gzip of JavaScript at load, for modules that load only when the reader opens
 * search, a preview or the reference tools — where one more round trip (or none, offline) is no cost.
 */
import type { AstroIntegration } from "astro";

export default function noModulePreload(): AstroIntegration {
  return {
    name: "her2-kb:no-module-preload",
    hooks: {
      "astro:build:setup": ({ updateConfig }) => {
        updateConfig({ build: { modulePreload: false } });
      },
    },
  };
}
