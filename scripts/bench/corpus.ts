/**
 * Synthetic content for the scale benchmark: N chapters of realistic prose, each with ~20 citation
 * clusters, against a bibliography grown to a given size. Pure and seeded: the same options give
 * the same files, so runs at different sizes (and on different days) compare like with like.
 */
import { EVIDENCE_TYPES } from "../../src/citations/bibliography.ts";
import { between, pick, seededRandom, type Random } from "./random.ts";
import { CONTENT_PATHS } from "../../src/content/content-paths.ts";

export interface CorpusOptions {
  /** Number of synthetic chapters. */
  pages: number;
  /** Total entries of the bibliography, the real ones included. */
  entries: number;
  /** Citation clusters per chapter (each cites 1–3 works). */
  citationsPerPage: number;
  seed: number;
}

export const DEFAULT_CORPUS: Omit<CorpusOptions, "pages"> = { entries: 2000, citationsPerPage: 20, seed: 9 };

const SURNAMES = [
  "Smith",
  "Chen",
  "Garcia",
  "Müller",
  "Tanaka",
  "Okafor",
  "Rossi",
  "Novak",
  "Kowalski",
  "Silva",
  "Nguyen",
  "Andersson",
  "Dubois",
  "Kim",
  "Patel",
  "Haddad",
  "Ivanova",
  "O'Brien",
  "Yamamoto",
  "Fischer",
];
const JOURNALS = [
  "Cancer Res",
  "J Clin Oncol",
  "Nat Rev Cancer",
  "Oncogene",
  "Breast Cancer Res",
  "Cell Rep",
  "Mol Cancer Ther",
  "Clin Cancer Res",
  "Ann Oncol",
  "Front Oncol",
];
const TOPICS = [
  "HER2 dimerisation",
  "PI3K signalling",
  "trastuzumab resistance",
  "MAPK feedback",
  "HER3 docking sites",
  "exon 20 insertions",
  "antibody–drug conjugates",
  "tumour immunity",
  "estrogen-receptor crosstalk",
  "NF-κB activation",
  "gastric cancer",
  "brain metastases",
  "tyrosine kinase inhibitors",
  "HER2-low disease",
  "circulating tumour DNA",
];
const SUBJECTS = [
  "HER2",
  "The receptor",
  "The HER2–HER3 pair",
  "Trastuzumab",
  "Lapatinib",
  "The PI3K/Akt/mTOR cascade",
  "ERK",
  "The tumour microenvironment",
  "Amplified HER2",
  "A kinase-domain mutation",
  "Pertuzumab",
  "Tucatinib",
  "Signalling through STAT3",
  "The ADC payload",
  "Endocytosis",
];
const VERBS = ["increases", "dampens", "reshapes", "predicts", "sustains", "limits", "accelerates", "reverses", "modulates", "exposes", "protects", "drives"];
const OBJECTS = [
  "cell proliferation",
  "the response to treatment",
  "receptor turnover",
  "downstream signalling",
  "the risk of relapse",
  "immune recognition",
  "survival of tumour cells",
  "invasion and metastasis",
  "sensitivity to chemotherapy",
  "the stability of the protein",
  "transcription of target genes",
  "the balance between growth and death",
];
const QUALIFIERS = [
  "in breast cancer cell lines",
  "in several mouse models",
  "in a phase II trial",
  "across large patient cohorts",
  "when HER2 is amplified",
  "under prolonged drug exposure",
  "in the presence of HER3",
  "in gastric and oesophageal tumours",
  "after first-line therapy",
  "in hormone receptor-positive disease",
];
const CONNECTORS = ["In addition,", "However,", "By contrast,", "As a result,", "Notably,", "In practice,", "Taken together,", "Later work showed that"];
const HEADINGS = [
  "Background",
  "Mechanism",
  "Evidence from models",
  "Clinical findings",
  "Resistance",
  "Biomarkers",
  "Open questions",
  "Practical implications",
  "Interactions",
  "Timeline",
];

/** Real references come first (their keys stay valid for every page that cites them); synthetic ones follow. */
export function syntheticBibtex(count: number, firstNumber: number, seed: number): { text: string; keys: string[] } {
  const random = seededRandom(seed * 7919 + 1);
  const keys: string[] = [];
  const entries: string[] = [];
  for (let i = 0; i < count; i++) {
    const number = firstNumber + i;
    const key = `synth${String(number).padStart(5, "0")}`;
    keys.push(key);
    const authors = Array.from({ length: between(random, 1, 4) }, () => `${pick(random, SURNAMES)}, ${String.fromCharCode(65 + between(random, 0, 25))}.`);
    if (random() < 0.3) authors.push("others");
    entries.push(
      [
        `@article{${key},`,
        `  review-number = {${number}},`,
        `  evidence = {${EVIDENCE_TYPES[number % EVIDENCE_TYPES.length]}},`,
        `  author = {${authors.join(" and ")}},`,
        `  title = {{Synthetic study ${number} of ${pick(random, TOPICS)} and ${pick(random, OBJECTS)}}},`,
        `  journal = {${pick(random, JOURNALS)}},`,
        `  year = {${between(random, 1985, 2024)}},`,
        `  volume = {${between(random, 1, 80)}},`,
        `  number = {${between(random, 1, 12)}},`,
        `  pages = {${between(random, 1, 900)}-${between(random, 901, 999)}},`,
        `  doi = {10.5555/synth.${number}},`,
        `}`,
      ].join("\n"),
    );
  }
  return { text: entries.join("\n\n") + "\n", keys };
}

/** The highest review-number of a .bib text (0 if none). */
export function lastReviewNumber(bibtex: string): number {
  return Math.max(0, ...[...bibtex.matchAll(/review-number\s*=\s*\{?\s*(\d+)/g)].map((m) => Number(m[1])));
}

/** Citation keys of a .bib text, in order. */
export function bibtexKeys(bibtex: string): string[] {
  return [...bibtex.matchAll(/^@\s*(?!comment|preamble|string)[A-Za-z]+\s*\{\s*([^\s,]+)\s*,/gim)].map((m) => m[1]!);
}

function sentence(random: Random, citation?: string): string {
  const parts = [pick(random, SUBJECTS), pick(random, VERBS), pick(random, OBJECTS), pick(random, QUALIFIERS)];
  if (random() < 0.35) parts.unshift(pick(random, CONNECTORS));
  if (random() < 0.4) parts.push(`and ${pick(random, VERBS)} ${pick(random, OBJECTS)}`);
  let text = parts.join(" ");
  text = text.charAt(0).toUpperCase() + text.slice(1);
  // A connector like "However," keeps the next word lower case only if it was lower case already.
  return `${text}${citation ? ` ${citation}` : ""}.`;
}

function cluster(random: Random, keys: readonly string[]): string {
  const size = random() < 0.6 ? 1 : random() < 0.7 ? 2 : 3;
  const chosen = new Set<string>();
  while (chosen.size < size) chosen.add(pick(random, keys));
  return `[${[...chosen].map((k) => `@${k}`).join("; ")}]`;
}

/** One synthetic chapter's MDX: frontmatter valid for the chapters collection, then sections of prose. */
export function syntheticChapter(index: number, keys: readonly string[], options: Pick<CorpusOptions, "citationsPerPage" | "seed">): string {
  const random = seededRandom(options.seed * 1_000_003 + index);
  const sections = between(random, 4, 6);
  const paragraphsPerSection = 3;
  const paragraphs = sections * paragraphsPerSection;
  // Spread the citation clusters over the paragraphs: some get two, none gets more than three.
  const citesIn = Array.from({ length: paragraphs }, () => 0);
  for (let c = 0; c < options.citationsPerPage; c++) citesIn[c % paragraphs]!++;
  const topic = pick(random, TOPICS);
  const lines = [
    "---",
    `title: "Synthetic chapter ${index}: ${topic}"`,
    `section: ${index}`,
    `order: ${index}`,
    "summary: >-",
    `  A generated chapter for the scale benchmark about ${topic}. It has the length, headings and`,
    "  citation density of a real chapter, so that build cost per page can be measured as the site grows.",
    "keyPoints:",
    `  - ${sentence(random)}`,
    `  - ${sentence(random)}`,
    `  - ${sentence(random)}`,
    "lastReviewed: 2026-11-29",
    'changes: [{ date: 2026-11-29, note: "A synthetic chapter for the scale benchmark." }]',
    "---",
    "",
    `${sentence(random)} ${sentence(random)} ${sentence(random)}`,
    "",
  ];
  let p = 0;
  const usedHeadings = new Set<string>();
  for (let s = 1; s <= sections; s++) {
    let heading = pick(random, HEADINGS);
    while (usedHeadings.has(heading)) heading = `${pick(random, HEADINGS)} ${s}`;
    usedHeadings.add(heading);
    lines.push(`## ${index}.${s} ${heading}`, "");
    for (let k = 0; k < paragraphsPerSection; k++, p++) {
      const count = between(random, 4, 6);
      const citeAt = new Set<number>();
      while (citeAt.size < Math.min(citesIn[p]!, count)) citeAt.add(between(random, 0, count - 1));
      const text = Array.from({ length: count }, (_, i) => sentence(random, citeAt.has(i) ? cluster(random, keys) : undefined)).join(" ");
      lines.push(wrap(text), "");
    }
  }
  return lines.join("\n");
}

function wrap(text: string, width = 100): string {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join("\n");
}

export interface SyntheticContent {
  /** Paths relative to the project root → file text. */
  files: Map<string, string>;
  /** Citation keys the chapters draw from. */
  keys: string[];
  entries: number;
}

/**
 * The bibliography (the real one, grown with synthetic entries up to `entries`) and N chapters.
 * With `entries` at or below the real bibliography's size, only the real keys are cited.
 */
export function syntheticContent(options: CorpusOptions, realBibtex: string): SyntheticContent {
  const realKeys = bibtexKeys(realBibtex);
  const extra = Math.max(0, options.entries - realKeys.length);
  const generated = syntheticBibtex(extra, lastReviewNumber(realBibtex) + 1, options.seed);
  const keys = extra > 0 ? generated.keys : realKeys;
  const files = new Map<string, string>();
  files.set(
    CONTENT_PATHS.bibliography,
    extra > 0 ? `${realBibtex.trimEnd()}\n\n% Synthetic entries for the scale benchmark.\n\n${generated.text}` : realBibtex,
  );
  const width = String(options.pages).length;
  for (let i = 1; i <= options.pages; i++) {
    files.set(`${CONTENT_PATHS.chapters}/${String(i).padStart(width, "0")}-synthetic-${i}.mdx`, syntheticChapter(i, keys, options));
  }
  return { files, keys, entries: realKeys.length + extra };
}
