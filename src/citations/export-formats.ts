/** A list of references as BibTeX or RIS, for "Cite this page" downloads. */
import type { Reference } from "./bibliography.ts";

const bibtexValue = (value: string) => `{${value.replace(/[{}]/g, "")}}`;

/**
 * A page range written out in full: the review abbreviates end pages ("5878-87", "224-37"), which
 * reference managers read as page 87. Article numbers and supplements ("893-905.e8") stay as written.
 */
export function fullPageRange(pages: string): { first: string; last?: string } {
  const [first, last] = pages.split(/-+|–/);
  if (!last) return { first: first! };
  if (/^\d+$/.test(first!) && /^\d+$/.test(last) && last.length < first!.length)
    return { first: first!, last: first!.slice(0, first!.length - last.length) + last };
  return { first: first!, last };
}

const pageText = (pages: string) => {
  const { first, last } = fullPageRange(pages);
  return last ? `${first}--${last}` : first;
};

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
        ["pages", ref.pages && pageText(ref.pages)],
        ["doi", ref.doi],
        ["pmid", ref.pmid],
        ["pmcid", ref.pmcid],
        ["url", ref.url],
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
        ["SP", ref.pages && fullPageRange(ref.pages).first],
        ["EP", ref.pages && fullPageRange(ref.pages).last],
        ["DO", ref.doi],
        ["UR", ref.doi ? `https://doi.org/${ref.doi}` : ref.url],
        // PubMed's own RIS puts the PMID in AN; the PMCID goes in a note Zotero keeps.
        ["AN", ref.pmid],
        ["N1", ref.pmcid ? `PMCID: ${ref.pmcid}` : undefined],
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
