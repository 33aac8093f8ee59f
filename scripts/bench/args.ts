import { parseArgs as parseNodeArgs } from "node:util";

/** Command-line options of `npm run bench` (see USAGE). */
export interface BenchOptions {
  /** The project to build and measure (default: the working directory). */
  root: string;
  /** Where report.json, report.md and Lighthouse's reports go (default bench/report/). */
  out: string;
  /** Measure this existing build instead of building (no build timings then). */
  dist?: string;
  /** How many times to build the site, for the median build time. */
  builds: number;
  /** Repeated runs of each browser timing (median reported); at least 7. */
  runs: number;
  browser: boolean;
  lighthouse: boolean;
  /** Synthetic corpus sizes (chapters) for the scale run; empty: no scale run. */
  scale: number[];
  /** Bibliography size of the synthetic corpus. */
  entries: number;
  /** Page count at which to compare bibliography sizes and the parse cache (0: skip). */
  profilePages?: number;
  help: boolean;
}

export const USAGE = `Usage: npm run bench -- [options]

  --out <dir>            report folder (default bench/report/)
  --root <dir>           project to benchmark (default: current folder)
  --dist <dir>           measure an existing build instead of building
  --builds <n>           builds to time, median reported (default 3)
  --runs <n>             runs of each browser timing, median reported (default 9, at least 7)
  --no-browser           skip the Chromium measurements
  --no-lighthouse        skip Lighthouse
  --scale 50,500,2000    also build synthetic corpora of these many chapters
  --entries <n>          bibliography size of the synthetic corpus (default 2000)
  --profile-pages <n>    page count for the bibliography profile (default: middle scale size; 0 skips)
`;

/** Reads the options with node:util's parseArgs (strict: an unknown option or a missing value is an error). */
export function parseArgs(argv: readonly string[], cwd = process.cwd()): BenchOptions {
  let values;
  try {
    ({ values } = parseNodeArgs({
      args: [...argv],
      options: {
        out: { type: "string", default: "bench/report" },
        root: { type: "string", default: cwd },
        dist: { type: "string" },
        builds: { type: "string", default: "3" },
        runs: { type: "string", default: "9" },
        "no-browser": { type: "boolean", default: false },
        "no-lighthouse": { type: "boolean", default: false },
        scale: { type: "string", default: "" },
        entries: { type: "string", default: "2000" },
        "profile-pages": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    throw new Error(`${(error as Error).message}\n\n${USAGE}`, { cause: error });
  }
  const count = (text: string, name: string, min: number): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min} (got "${text}")`);
    return n;
  };
  const scale = [
    ...new Set(
      values.scale
        .split(",")
        .filter(Boolean)
        .map((s) => count(s.trim(), "scale", 1)),
    ),
  ].sort((a, b) => a - b);
  const profilePages = values["profile-pages"] !== undefined ? count(values["profile-pages"], "profile-pages", 0) : scale[Math.floor((scale.length - 1) / 2)];
  return {
    root: values.root,
    out: values.out,
    ...(values.dist !== undefined ? { dist: values.dist } : {}),
    builds: count(values.builds, "builds", 1),
    runs: count(values.runs, "runs", 7),
    browser: !values["no-browser"],
    lighthouse: !values["no-lighthouse"],
    scale,
    entries: count(values.entries, "entries", 1),
    ...(profilePages !== undefined ? { profilePages } : {}),
    help: values.help,
  };
}
