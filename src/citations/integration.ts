/**
 * Validates the bibliography before anything is built, so a broken entry stops the build at once
 * with its key and line, instead of surfacing later from inside a chapter. In dev, editing the
 * .bib file reloads the server.
 */
import type { AstroIntegration } from "astro";
import { resolve } from "node:path";
import { loadBibliography } from "./bibliography.ts";

export default function citations(options: { bibliography: string }): AstroIntegration {
  return {
    name: "her2-kb:citations",
    hooks: {
      "astro:config:setup": ({ addWatchFile, logger }) => {
        const { references } = loadBibliography(options.bibliography);
        addWatchFile(resolve(options.bibliography));
        logger.info(`${references.length} references in ${options.bibliography}`);
      },
    },
  };
}
