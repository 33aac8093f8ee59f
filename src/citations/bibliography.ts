/**
 * The bibliography as the site uses it: parsed from content/references.bib, validated, and turned
 * into typed references. Validation is pure (text in, problems out) so it can be unit-tested and
 * reused by the build, the content checker and the pages.
 */
import { readFileSync, statSync } from "node:fs";
import { ProblemsError, type Problem } from "../checks/problem.ts";
import { textKey } from "../text/text-key.ts";
import { BibtexSyntaxError, parseBibtex, plainField, type BibEntry, type Place } from "./bibtex.ts";

export interface Reference {
  key: string;
  /** The reference's number in the source review's list. */
  number: number;
  type: string;
  /** Authors as written in the bibliography, "Surname, Initials"; "others" marks a truncated list. */
  authors: string[];
  title: string;
  journal?: string;
  publisher?: string;
  year: string;
  volume?: string;
  issue?: string;
  pages?: string;
  doi?: string;
  pmid?: string;
  pmcid?: string;
  /** Where the work can be read when it has no DOI or PMID (a preprint server's page). */
  url?: string;
  /** Key of the entry this one duplicates on purpose (the review lists the same work twice). */
  sameAs?: string;
  /** What kind of study the work is, judged from its own title and venue. */
  evidence: EvidenceType;
  /** Trial phase, only where the title or journal states it. */
  evidencePhase?: string;
  /** Where the review's listing differs from the article's own record, for readers. */
  listingNote?: string;
  /** Where its key is written. */
  line: number;
  column: number;
}

export interface Bibliography {
  file: string;
  references: Reference[];
  byKey: Map<string, Reference>;
}

const REQUIRED: Record<string, string[]> = {
  article: ["author", "title", "journal", "year", "review-number", "evidence"],
  misc: ["author", "title", "year", "review-number", "evidence"],
};
const DEFAULT_REQUIRED = ["author", "title", "year", "review-number", "evidence"];

export const EVIDENCE_TYPES = ["review", "clinical-trial", "cohort", "preclinical", "structural", "preprint", "not-classified"] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
const isEvidenceType = (value: string | undefined): value is EvidenceType => EVIDENCE_TYPES.includes(value as EvidenceType);

/** TeX that a reader would see raw: math mode, control words, escaped accents. */
// TeX commands (\textbf), accents (\'e) and escapes (\&, \%, \_): citation-js would print them as written.
const RAW_TEX = /\$|\\[a-zA-Z]+|\\['"`^~&%#_{}]/;

/** Validates parsed entries; returns the references and every problem found (never throws). */
export function validateEntries(entries: BibEntry[], file: string): { references: Reference[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = (place: Place, key: string, message: string, fix: string) =>
    problems.push({ file, line: place.line, column: place.column, rule: "bibliography", severity: "error", message: `entry "${key}": ${message}`, fix });
  const references: Reference[] = [];
  const seenKeys = new Map<string, BibEntry>();
  const seenNumbers = new Map<number, string>();

  for (const entry of entries) {
    const { key } = entry;
    const previous = seenKeys.get(key);
    if (previous) {
      report(entry, key, `the key is used twice (first at line ${previous.line})`, "give each entry its own key");
      continue;
    }
    seenKeys.set(key, entry);
    let complete = true;
    for (const field of REQUIRED[entry.type] ?? DEFAULT_REQUIRED) {
      if (!plainField(entry, field)) {
        report(entry, key, `missing required field "${field}"`, `add ${field} = {...} to the entry`);
        complete = false;
      }
    }
    for (const [name, field] of Object.entries(entry.fields)) {
      if (field.value.includes("\uFFFD")) {
        report(
          field,
          key,
          `field "${name}" holds a U+FFFD replacement character: the file is not valid UTF-8 here`,
          "save it as UTF-8 and retype the character",
        );
      }
      if (RAW_TEX.test(field.value)) {
        report(field, key, `field "${name}" contains TeX markup ("${field.value}")`, "write the Unicode characters instead (κ, β, é, …)");
      }
    }
    const evidence = plainField(entry, "evidence");
    if (evidence && !isEvidenceType(evidence)) {
      report(entry.fields.evidence!, key, `evidence "${evidence}" is not one of: ${EVIDENCE_TYPES.join(", ")}`, "use one of the values listed");
      complete = false;
    }
    const number = Number(plainField(entry, "review-number"));
    if (plainField(entry, "review-number") && !(Number.isInteger(number) && number > 0)) {
      report(entry.fields["review-number"]!, key, "review-number must be a positive whole number", "write the number the source review gives the reference");
      complete = false;
    } else if (seenNumbers.has(number)) {
      report(
        entry.fields["review-number"]!,
        key,
        `review-number ${number} is already used by "${seenNumbers.get(number)}"`,
        "give each entry the number the source review gives it",
      );
    }
    if (!complete) continue;
    seenNumbers.set(number, key);
    references.push(toReference(entry, number));
  }

  for (const { ref, first, why } of findDuplicateWorks(references)) {
    report(
      ref,
      ref.key,
      `is the same work as "${first.key}" (line ${first.line}): ${why}`,
      `cite one key and delete the other; if the source lists the work twice on purpose, add same-as = {${first.key}} to "${ref.key}"`,
    );
  }
  for (const ref of references) {
    if (ref.sameAs === ref.key) {
      report(ref, ref.key, "same-as names the entry itself", "name the entry this one repeats, or remove same-as");
    } else if (ref.sameAs && !seenKeys.has(ref.sameAs)) {
      report(ref, ref.key, `same-as names "${ref.sameAs}", which is not in the bibliography`, "write the key of the entry this one repeats, or remove same-as");
    }
  }
  references.sort((a, b) => a.number - b.number);
  return { references, problems };
}

function toReference(entry: BibEntry, number: number): Reference {
  const field = (name: string) => plainField(entry, name);
  return {
    key: entry.key,
    number,
    type: entry.type,
    authors: field("author")!.split(/\s+and\s+/),
    title: field("title")!,
    journal: field("journal"),
    publisher: field("publisher"),
    year: field("year")!,
    volume: field("volume"),
    issue: field("number"),
    pages: field("pages"),
    doi: field("doi"),
    pmid: field("pmid"),
    pmcid: field("pmcid"),
    url: field("url"),
    sameAs: field("same-as"),
    evidence: field("evidence") as EvidenceType,
    evidencePhase: field("evidence-phase"),
    listingNote: field("listing-note"),
    line: entry.line,
    column: entry.column,
  };
}

/** The same work entered under two keys (same DOI, or same title), unless declared with same-as. */
function findDuplicateWorks(references: Reference[]): { ref: Reference; first: Reference; why: string }[] {
  const problems: { ref: Reference; first: Reference; why: string }[] = [];
  const byIdentity = new Map<string, Reference>();
  for (const ref of references) {
    const identities = [`title:${textKey(ref.title)}`];
    if (ref.doi) identities.push(`doi:${ref.doi.toLowerCase()}`);
    const first = identities.map((id) => byIdentity.get(id)).find(Boolean);
    if (first && ref.sameAs !== first.key && first.sameAs !== ref.key) {
      const why = ref.doi && first.doi?.toLowerCase() === ref.doi.toLowerCase() ? `the same DOI (${ref.doi})` : "the same title";
      problems.push({ ref, first, why });
    }
    for (const id of identities) if (!byIdentity.has(id)) byIdentity.set(id, ref);
  }
  return problems;
}

/** The key citations should use: a declared duplicate resolves to the entry it duplicates. */
export function canonicalKey(bibliography: Bibliography, key: string): string {
  return bibliography.byKey.get(key)?.sameAs ?? key;
}

/** A .bib file that does not parse, as the problem the checker and the build both report. */
export function bibtexSyntaxProblem(error: BibtexSyntaxError): Problem {
  return {
    file: error.file,
    line: error.line,
    column: 1,
    rule: "bibliography",
    severity: "error",
    message: `the bibliography does not parse: ${error.detail}`,
    fix: "write each entry as @article{key, field = {value}, …} with balanced braces",
  };
}

export function parseBibliography(text: string, file: string): Bibliography {
  let entries: BibEntry[];
  try {
    entries = parseBibtex(text, file);
  } catch (error) {
    throw error instanceof BibtexSyntaxError ? new ProblemsError([bibtexSyntaxProblem(error)]) : error;
  }
  const { references, problems } = validateEntries(entries, file);
  if (problems.length) throw new ProblemsError(problems);
  return { file, references, byKey: new Map(references.map((r) => [r.key, r])) };
}

const cache = new Map<string, { stamp: string; bibliography: Bibliography }>();

/**
 * Reads and validates a .bib file. Every MDX file asks for it several times, so the result is kept
 * until the file changes (modification time and size), and the file is only re-read then.
 */
export function loadBibliography(path: string): Bibliography {
  const { mtimeMs, size } = statSync(path);
  const stamp = `${mtimeMs}:${size}`;
  const hit = cache.get(path);
  if (hit?.stamp === stamp) return hit.bibliography;
  const bibliography = parseBibliography(readFileSync(path, "utf8"), path);
  cache.set(path, { stamp, bibliography });
  return bibliography;
}
