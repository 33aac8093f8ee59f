/** Plain-text and Markdown tables for the report: columns padded, numbers right-aligned. */
export type Cell = string | number | null | undefined;

function text(cell: Cell): string {
  if (cell === null || cell === undefined) return "–";
  return typeof cell === "number" ? cell.toLocaleString("en-US") : cell;
}

const isNumeric = (cell: Cell) => typeof cell === "number" || (typeof cell === "string" && /^[\d.,]+\s*(B|KB|MB|ms|s|%)?$/.test(cell));

/** A fixed-width table for the terminal. A column is right-aligned when all its cells are numbers or sizes. */
export function formatTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const cells = rows.map((row) => header.map((_, i) => text(row[i])));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]!.length)));
  const right = header.map((_, i) => rows.length > 0 && rows.every((row) => row[i] === null || row[i] === undefined || isNumeric(row[i])));
  const line = (row: readonly string[]) =>
    row
      .map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}

/** The same table in GitHub Markdown. */
export function formatMarkdownTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const right = header.map((_, i) => rows.length > 0 && rows.every((row) => row[i] === null || row[i] === undefined || isNumeric(row[i])));
  const escape = (s: string) => s.replace(/\|/g, "\\|");
  return [
    `| ${header.map(escape).join(" | ")} |`,
    `| ${right.map((r) => (r ? "---:" : "---")).join(" | ")} |`,
    ...rows.map((row) => `| ${header.map((_, i) => escape(text(row[i]))).join(" | ")} |`),
  ].join("\n");
}
