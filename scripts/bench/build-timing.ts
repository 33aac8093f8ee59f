/**
 * Runs the project's build (`node scripts/build.ts`, as `npm run build` does) and measures it:
 * wall time, the Pagefind part (from the integration's log line "indexed N pages in X ms"), the
 * Astro part (the rest), and peak memory — of the largest process (GNU time's maximum resident
 * set size) and of the whole process tree (sampled from /proc every 100 ms).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { sortedGlob } from "../../src/files/sorted-glob.ts";

const GNU_TIME = "/usr/bin/time";

export interface PagefindTiming {
  pages: number;
  ms: number;
}

/** The Pagefind integration's "indexed 12 pages in 140 ms" (the last one, if the log has several). */
export function parsePagefindLog(output: string): PagefindTiming | undefined {
  const matches = [...output.matchAll(/indexed (\d+) pages? in (\d+(?:\.\d+)?) ?ms/g)];
  const last = matches.at(-1);
  return last ? { pages: Number(last[1]), ms: Number(last[2]) } : undefined;
}

export interface TimeVerbose {
  maxRssKb?: number;
  userSeconds?: number;
  systemSeconds?: number;
  wallSeconds?: number;
}

/** The parts of GNU `time -v` output the benchmark uses. */
export function parseTimeVerbose(text: string): TimeVerbose {
  const field = (label: string) => new RegExp(`^\\s*${label.replace(/[()]/g, "\\$&")}:\\s*(.+)$`, "m").exec(text)?.[1]?.trim();
  const number = (label: string) => {
    const value = field(label);
    return value === undefined ? undefined : Number(value);
  };
  const wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)");
  let wallSeconds: number | undefined;
  if (wall) wallSeconds = wall.split(":").reduce((total, part) => total * 60 + Number(part), 0);
  return {
    maxRssKb: number("Maximum resident set size (kbytes)"),
    userSeconds: number("User time (seconds)"),
    systemSeconds: number("System time (seconds)"),
    wallSeconds,
  };
}

/** pid, parent pid and resident set size (pages) from a /proc/<pid>/stat line. */
export function parseProcStat(text: string): { pid: number; ppid: number; rssPages: number } | undefined {
  const close = text.lastIndexOf(")");
  if (close < 0) return undefined;
  const pid = Number(text.slice(0, text.indexOf(" ")));
  // After "pid (comm) ": state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt
  // utime stime cutime cstime priority nice num_threads itrealvalue starttime vsize rss …
  const fields = text.slice(close + 2).split(" ");
  const ppid = Number(fields[1]);
  const rssPages = Number(fields[21]);
  if (!Number.isFinite(pid) || !Number.isFinite(ppid) || !Number.isFinite(rssPages)) return undefined;
  return { pid, ppid, rssPages };
}

const PAGE_SIZE = 4096;

/** Resident memory of a process and all its descendants, in bytes (Linux only; 0 elsewhere). */
export function treeRss(rootPid: number): number {
  if (!existsSync("/proc")) return 0;
  const stats: { pid: number; ppid: number; rssPages: number }[] = [];
  for (const name of sortedGlob("[0-9]*", "/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseProcStat(readFileSync(`/proc/${name}/stat`, "utf8"));
      if (stat) stats.push(stat);
    } catch {
      // the process ended while we looked
    }
  }
  const children = new Map<number, number[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s.pid]);
  const byPid = new Map(stats.map((s) => [s.pid, s]));
  let total = 0;
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop()!;
    total += (byPid.get(pid)?.rssPages ?? 0) * PAGE_SIZE;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface BuildRun {
  ok: boolean;
  wallMs: number;
  /** Pagefind's own timing, from its log line. */
  pagefindMs?: number;
  /** Wall time minus Pagefind: Node start-up, Astro's config, Vite bundling and page rendering. */
  astroMs?: number;
  indexedPages?: number;
  /** Peak resident memory of the largest single process (GNU time), MB. */
  peakRssMb?: number;
  /** Peak resident memory of the build's whole process tree (sampled), MB. */
  peakTreeRssMb: number;
  cpuSeconds?: number;
  /** Mean 1-minute load average while the build ran: above the core count, timings are inflated by other work. */
  loadAverage: number;
  output: string;
}

/** Builds `root` into `outDir` with the project's build script, measuring time and memory. */
export function runBuild(options: { root: string; outDir: string; env?: Record<string, string>; buildScript?: string }): Promise<BuildRun> {
  const script = options.buildScript ?? join(import.meta.dirname, "..", "build.ts");
  const timeDir = mkdtempSync(join(tmpdir(), "her2-kb-time-"));
  const timeFile = join(timeDir, "time.txt");
  const useTime = existsSync(GNU_TIME);
  const command = useTime ? GNU_TIME : process.execPath;
  const args = useTime ? ["-v", "-o", timeFile, process.execPath, script, "--outDir", options.outDir] : [script, "--outDir", options.outDir];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.root, env: { ...process.env, ...options.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    let peakTree = 0;
    const loads: number[] = [];
    const sample = () => {
      if (child.pid) peakTree = Math.max(peakTree, treeRss(child.pid));
      loads.push(loadavg()[0]!);
    };
    const timer = setInterval(sample, 100);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      const time = useTime && existsSync(timeFile) ? parseTimeVerbose(readFileSync(timeFile, "utf8")) : {};
      rmSync(timeDir, { recursive: true, force: true });
      const pagefind = parsePagefindLog(output);
      resolve({
        ok: code === 0,
        wallMs: Math.round(wallMs),
        pagefindMs: pagefind?.ms,
        astroMs: pagefind ? Math.round(wallMs - pagefind.ms) : undefined,
        indexedPages: pagefind?.pages,
        peakRssMb: time.maxRssKb !== undefined ? Math.round(time.maxRssKb / 1024) : undefined,
        peakTreeRssMb: Math.round(peakTree / 1024 / 1024),
        cpuSeconds: time.userSeconds !== undefined ? Number((time.userSeconds + (time.systemSeconds ?? 0)).toFixed(1)) : undefined,
        loadAverage: Number((loads.length ? loads.reduce((a, b) => a + b, 0) / loads.length : loadavg()[0]!).toFixed(1)),
        output,
      });
    });
  });
}
