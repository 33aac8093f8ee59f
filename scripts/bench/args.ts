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

export function parseArgs(argv: readonly string[], cwd = process.cwd()): BenchOptions {
  const options: BenchOptions = { root: cwd, out: "bench/report", builds: 3, runs: 9, browser: true, lighthouse: true, scale: [], entries: 2000, help: false };
  const value = (i: number, name: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith("--")) throw new Error(`${name} needs a value`);
    return v;
  };
  const count = (text: string, name: string, min: number): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number ≥ ${min} (got "${text}")`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const take = () => inline ?? value(i++, name);
    switch (name) {
      case "--out":
        options.out = take();
        break;
      case "--root":
        options.root = take();
        break;
      case "--dist":
        options.dist = take();
        break;
      case "--builds":
        options.builds = count(take(), name, 1);
        break;
      case "--runs":
        options.runs = count(take(), name, 7);
        break;
      case "--no-browser":
        options.browser = false;
        break;
      case "--no-lighthouse":
        options.lighthouse = false;
        break;
      case "--scale":
        options.scale = take()
          .split(",")
          .filter(Boolean)
          .map((s) => count(s.trim(), name, 1));
        break;
      case "--entries":
        options.entries = count(take(), name, 1);
        break;
      case "--profile-pages":
        options.profilePages = count(take(), name, 0);
        break;
      case "--help":
      case "-h":
        options.help = true;
        break;
      default:
        throw new Error(`unknown option ${arg}\n\n${USAGE}`);
    }
  }
  options.scale = [...new Set(options.scale)].sort((a, b) => a - b);
  if (options.profilePages === undefined && options.scale.length) options.profilePages = options.scale[Math.floor((options.scale.length - 1) / 2)];
  return options;
}
