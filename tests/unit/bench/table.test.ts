import { describe, expect, it } from "vitest";
import { formatMarkdownTable, formatTable } from "../../../scripts/bench/table.ts";

describe("tables", () => {
  const header = ["page", "gzip", "note"];
  const rows = [
    ["home", "5.2 KB", "ok"],
    ["chapter", "19.9 KB", null],
  ];

  it("pads columns and right-aligns sizes", () => {
    expect(formatTable(header, rows)).toBe(["page        gzip  note", "-------  -------  ----", "home      5.2 KB  ok", "chapter  19.9 KB  –"].join("\n"));
  });

  it("formats numbers with thousands separators", () => {
    expect(formatTable(["n"], [[25600]])).toContain("25,600");
  });

  it("writes GitHub Markdown, escaping pipes", () => {
    expect(formatMarkdownTable(["a", "b"], [["x|y", 3]])).toBe(["| a | b |", "| --- | ---: |", "| x\\|y | 3 |"].join("\n"));
  });
});
