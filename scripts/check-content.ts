/**
 * The content checker (`npm run check` runs it after `astro check`): reads content/, runs every rule
 * of src/checks/ and prints each problem as
 *
 *   path:line:column  message  (how to fix)  [rule]
 *
 * errors first, then warnings, then a summary. Exits 1 if there is an error, else 0.
 * Usage: node scripts/check-content.ts [--root DIR] [--today YYYY-MM-DD]
 * (--today is for tests; outside a git checkout the review-date comparison with git is skipped.)
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { contentCheckReport } from "../src/checks/report.ts";
import { isoDate } from "../src/text/dates.ts";

const { values } = parseArgs({ options: { root: { type: "string", default: "." }, today: { type: "string", default: isoDate(new Date()) } } });
const { code, lines } = contentCheckReport(resolve(values.root), values.today);
for (const line of lines) console.log(line);
process.exitCode = code;
