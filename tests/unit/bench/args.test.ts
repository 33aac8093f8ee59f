import { describe, expect, it } from "vitest";
import { parseArgs } from "../../../scripts/bench/args.ts";

describe("bench options", () => {
  it("defaults: build 3 times, 9 browser runs, Lighthouse on, no scale run, report in bench/report", () => {
    expect(parseArgs([], "/p")).toEqual({
      root: "/p",
      out: "bench/report",
      builds: 3,
      runs: 9,
      browser: true,
      lighthouse: true,
      scale: [],
      entries: 2000,
      help: false,
    });
  });

  it("reads the documented options, in both --name value and --name=value forms", () => {
    const options = parseArgs(["--scale", "2000,50,500", "--no-lighthouse", "--out=/tmp/r", "--runs", "7", "--builds=1", "--entries", "500"], "/p");
    expect(options).toMatchObject({ scale: [50, 500, 2000], lighthouse: false, out: "/tmp/r", runs: 7, builds: 1, entries: 500, profilePages: 500 });
  });

  it("profiles the bibliography at the middle scale size unless told", () => {
    expect(parseArgs(["--scale", "50,2000"]).profilePages).toBe(50);
    expect(parseArgs(["--scale", "50,500", "--profile-pages", "0"]).profilePages).toBe(0);
    expect(parseArgs([]).profilePages).toBeUndefined();
  });

  it("refuses unknown options, missing values and too few runs", () => {
    expect(() => parseArgs(["--fast"])).toThrow(/Unknown option '--fast'[\s\S]*Usage: npm run bench/);
    expect(() => parseArgs(["--out"])).toThrow(/Option '--out <value>' argument missing/);
    expect(() => parseArgs(["--runs", "3"])).toThrow(/--runs must be a whole number ≥ 7/);
    expect(() => parseArgs(["--scale", "50,x"])).toThrow(/--scale/);
  });
});
