/** The machine a report's figures come from: without it, timings mean nothing. */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem } from "node:os";
import { CHROMIUM_PATH } from "../chromium.ts";

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  os: string;
  chromium?: string;
  date: string;
  /** 1-minute load average when the benchmark started: other work on the machine skews timings. */
  loadAverage: number;
}

/** "model name : Intel(R) Xeon(R) …" → the model, from /proc/cpuinfo text. */
export function cpuModel(cpuinfo: string): string | undefined {
  return /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim();
}

export function describeMachine(chromiumPath = CHROMIUM_PATH): Machine {
  const cpuinfo = existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "";
  let chromium: string | undefined;
  if (existsSync(chromiumPath)) {
    const result = spawnSync(chromiumPath, ["--version"], { encoding: "utf8", timeout: 20_000 });
    chromium = result.stdout?.trim() || undefined;
  }
  return {
    cpu: cpuModel(cpuinfo) ?? cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    ramGb: Number((totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    os: `${process.platform} ${release()}`,
    chromium,
    date: new Date().toISOString(),
    loadAverage: Number(loadavg()[0]!.toFixed(2)),
  };
}

export function machineLine(m: Machine): string {
  return `${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, Node ${m.node}, ${m.chromium ?? "no Chromium"}, ${m.os}, ${m.date.slice(0, 10)}`;
}
