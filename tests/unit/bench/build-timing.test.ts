import { describe, expect, it } from "vitest";
import { parsePagefindLog, parseProcStat, parseTimeVerbose, treeRss } from "../../../scripts/bench/build-timing.ts";
import { cpuModel } from "../../../scripts/bench/machine.ts";

describe("build log parsing", () => {
  it("reads Pagefind's timing from the integration's log line", () => {
    const log = "05:53:31 [build] ✓ Completed in 4.62s.\n05:53:31 [her2-kb:pagefind] indexed 12 pages in 140 ms\n05:53:31 [build] 12 page(s) built in 8.98s";
    expect(parsePagefindLog(log)).toEqual({ pages: 12, ms: 140 });
    expect(parsePagefindLog("no index here")).toBeUndefined();
  });

  it("reads GNU time -v output", () => {
    const text = [
      '\tCommand being timed: "node scripts/build.ts"',
      "\tUser time (seconds): 5.90",
      "\tSystem time (seconds): 1.42",
      "\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02.50",
      "\tMaximum resident set size (kbytes): 891904",
    ].join("\n");
    expect(parseTimeVerbose(text)).toEqual({ maxRssKb: 891904, userSeconds: 5.9, systemSeconds: 1.42, wallSeconds: 62.5 });
  });

  it("reads /proc/<pid>/stat, whatever the command name holds", () => {
    const line = "4242 (node (astro) x) S 4200 4242 4200 0 -1 4194304 100 0 0 0 50 10 0 0 20 0 11 0 12345 1234567890 2560 18446744073709551615";
    expect(parseProcStat(line)).toEqual({ pid: 4242, ppid: 4200, rssPages: 2560 });
    expect(parseProcStat("garbage")).toBeUndefined();
  });

  it("measures this process's own memory", () => {
    expect(treeRss(process.pid)).toBeGreaterThan(10 * 1024 * 1024);
  });

  it("reads the CPU model from /proc/cpuinfo", () => {
    expect(cpuModel("processor\t: 0\nmodel name\t: Intel(R) Xeon(R) Processor\nflags\t: fpu")).toBe("Intel(R) Xeon(R) Processor");
    expect(cpuModel("")).toBeUndefined();
  });
});
