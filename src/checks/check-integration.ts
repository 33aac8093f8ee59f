/**
 * The build runs `npm run check`'s content rules before anything else, so every fault the checker
 * knows stops the build, in the checker's words (a broken internal link or #anchor, an image
 * without alt text, a <Figure> with no such figure, as much as a bad field): one set of rules for
 * both, by construction. Warnings are printed and do not stop it. Not in `astro dev`, where a
 * maintainer is mid-edit and each page reports its own faults in the error overlay.
 */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { formatProblem, ProblemsError } from "./problem.ts";
import { contentProblems } from "./report.ts";
import { isoDate } from "../text/dates.ts";

export default function contentCheck(): AstroIntegration {
  return {
    name: "her2-kb:content-check",
    hooks: {
      "astro:config:setup": ({ command, config, logger }) => {
        if (command !== "build") return;
        const { problems, files } = contentProblems(fileURLToPath(config.root), isoDate(new Date()));
        const errors = problems.filter((p) => p.severity === "error");
        for (const warning of problems.filter((p) => p.severity === "warning")) logger.warn(formatProblem(warning));
        if (errors.length > 0) throw new ProblemsError(errors);
        logger.info(`content check: ${files} files, no errors (the rules of npm run check)`);
      },
    },
  };
}
