/** A list of references as BibTeX or RIS, for "Cite this page" downloads. */
import type { Reference } from "./bibliography.ts";

const bibtexValue = (value: string) => `{${value.replace(/[{}]/g, "")}}`;

export function toBibtex(references: Reference[]): string {
  return references
    .map((ref) => {
      const fields: [string, string | undefined][] = [
        ["author", ref.authors.join(" and ")],
        ["title", ref.title],
        ["journal", ref.journal],
        ["publisher", ref.publisher],
        ["year", ref.year],
        ["volume", ref.volume],
        ["number", ref.issue],
        ["pages", ref.pages],
        ["doi", ref.doi],
        ["pmid", ref.pmid],
      ];
      const body = fields
        .filter((f): f is [string, string] => !!f[1])
        // Double braces keep the title's capitals (HER2, PI3K) as written.
        .map(([name, value]) => `  ${name} = ${name === "title" ? `{${bibtexValue(value)}}` : bibtexValue(value)},`)
        .join("\n");
      return `@${ref.type}{${ref.key},\n${body}\n}\n`;
    })
    .join("\n");
}

export function toRis(references: Reference[]): string {
  return references
    .map((ref) => {
      const lines: [string, string | undefined][] = [
        ["TY", ref.journal ? "JOUR" : "GEN"],
        ...ref.authors.filter((a) => a !== "others").map((a): [string, string] => ["AU", a]),
        ["TI", ref.title],
        ["JO", ref.journal],
        ["PB", ref.publisher],
        ["PY", ref.year],
        ["VL", ref.volume],
        ["IS", ref.issue],
        ["SP", ref.pages?.split("-")[0]],
        ["EP", ref.pages?.split("-")[1]],
        ["DO", ref.doi],
        ["ID", ref.key],
        ["ER", ""],
      ];
      return lines
        .filter(([, v]) => v !== undefined)
        .map(([tag, v]) => `${tag}  - ${v}`.trimEnd())
        .join("\r\n");
    })
    .join("\r\n\r\n")
    .concat("\r\n");
}
