/**
 * What `npm run new -- chapter|drug|pathway <name>` writes: a page whose frontmatter already passes
 * its schema (every required field holds a placeholder marked TODO, which `npm run check` lists
 * until it is replaced), today's date as lastReviewed, and a short guide as an MDX comment.
 * Pure: scripts/new-content.ts reads the project and writes the file.
 */
import { createSlugger } from "../headings/slug.ts";

export type ScaffoldKind = "chapter" | "drug" | "pathway";
export const SCAFFOLD_KINDS: readonly ScaffoldKind[] = ["chapter", "drug", "pathway"];

/** The marker of placeholder text; the "placeholders" check warns about every one left. */
export const PLACEHOLDER = "TODO";
/** Stands for the label a new drug page must cite: the checker reports it until it is a real source. */
export const LABEL_SOURCE = "todo-label-source";

export function slugify(name: string): string {
  return createSlugger()(name);
}

/** "her2 and the heart" → "HER2 and the heart" is left to the author; only the first letter is raised. */
function titleCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A YAML double-quoted string. */
function quote(text: string): string {
  return JSON.stringify(text);
}

const GUIDE_COMMON = `
  Before you publish:
  - Replace every ${PLACEHOLDER} (frontmatter and text). \`npm run check\` lists those left, with
    their line, and every other problem it finds.
  - Write in your own words. Facts and numbers come from the source review or the
    works it cites; cite each claim with its key from content/references.bib, in square
    brackets after an at sign, next to the claim and before the full stop. CONTRIBUTING.md,
    "Citing", shows the syntax.
  - Link other pages from the site root: /chapters/<slug>/, /drugs/<slug>/, /pathways/<id>/,
    and sections by their heading's anchor, /chapters/<slug>/#<heading-in-lower-case>.
  - lastReviewed is the day you last checked this page against its sources. Move it
    whenever you check the page again; \`npm run check\` reports a page changed after it.
  - Preview with \`npm run dev\`; the page reloads as you save.
  This comment is not shown on the site; delete it when you are done.`;

export interface ChapterInput {
  name: string;
  today: string;
  /** Existing chapter file names ("03-dysregulation.mdx"). */
  existing: string[];
  /** The highest `order` of the existing chapters. */
  maxOrder: number;
}

export function chapterScaffold({ name, today, existing, maxOrder }: ChapterInput): { file: string; text: string } {
  const slug = slugify(name);
  const number = Math.max(0, ...existing.map((f) => Number(/^(\d+)-/.exec(f)?.[1] ?? 0))) + 1;
  const order = maxOrder + 1;
  const file = `content/chapters/${String(number).padStart(2, "0")}-${slug}.mdx`;
  const text = `---
title: ${quote(titleCase(name))}
section: ${Math.min(7, Math.max(1, number))} # ${PLACEHOLDER}: the section of the source review this chapter mirrors (1-7)
order: ${order} # position in the reading order
summary: >-
  ${PLACEHOLDER}: one paragraph of 40 to 700 characters, shown on the home page and as the page description.
keyPoints: # 2 to 8 short sentences shown at the top of the chapter
  - "${PLACEHOLDER}: the first key point, in one sentence."
  - "${PLACEHOLDER}: the second key point, in one sentence."
lastReviewed: ${today}
changes: # newest first: add an entry whenever you change the page
  - date: ${today}
    note: "First published."
# reviewedBy: Your Name
---

{/*
  A new chapter: /chapters/${slug}/.
  Headings start at ##. Number them as the review numbers its sections ("## 8.1 …"); the
  anchor leaves the number out. Components need no import here: <Figure id="…" /> places a
  figure of content/figures.yaml, <Note>…</Note> holds an editorial note (blank lines inside).
${GUIDE_COMMON}
*/}

${PLACEHOLDER}: the opening paragraph: what this chapter covers and why it matters.

## ${PLACEHOLDER} first section

${PLACEHOLDER}: the text of the first section.
`;
  return { file, text };
}

export interface DrugInput {
  name: string;
  today: string;
  /** The years Figure 3 (the drug timeline) can show; the placeholder year is its last. */
  timeline: { from: number; to: number };
}

export function drugScaffold({ name, today, timeline }: DrugInput): { file: string; text: string } {
  const slug = slugify(name);
  const file = `content/drugs/${slug}.mdx`;
  const text = `---
name: ${quote(titleCase(name))} # the generic name, as a page title
abbreviations: [] # short forms in common use, e.g. [T-DM1]
brandNames: [${quote(`${PLACEHOLDER} ${titleCase(name)} brand name`)}] # US brand names (public regulatory data)
aliases: [] # other names the chapters use; each is linked to this page and found by search
drugClass: monoclonal-antibody # ${PLACEHOLDER}: or bispecific-antibody, tyrosine-kinase-inhibitor (then add reversibility) or antibody-drug-conjugate (then add payload and construction)
targets: [HER2] # ${PLACEHOLDER}: one or more of EGFR, HER2, HER4
bindingSite: ${quote(`${PLACEHOLDER}: where on the receptor it binds`)}
mechanism: ${quote(`${PLACEHOLDER}: how it works, in one sentence`)}
# payload: … # antibody-drug conjugates only: what the antibody delivers
# reversibility: { binding: reversible, source: public-data } # tyrosine kinase inhibitors only (source: review or public-data)
firstFdaApproval: ${timeline.to} # ${PLACEHOLDER}: the year of the first US FDA approval, as the label's "Initial U.S. Approval" gives it
settings: # combinations and settings the review describes, one short phrase each
  - ${quote(`${PLACEHOLDER}: a combination or setting`)}
# Editorial (from the current US label, not the review). Every source is an id in
# content/editorial-sources/*.yaml: add the label there first (its url, what you read, the date).
labelSource: ${LABEL_SOURCE} # ${PLACEHOLDER}: the id of the prescribing information you read
indications: # the label's approved uses, in your own words
  - use: ${quote(`${PLACEHOLDER}: an approved use`)}
    source: ${LABEL_SOURCE}
trials: [] # the pivotal trials: { name, result (one plain sentence), source }
boxedWarnings: [] # ${PLACEHOLDER}: the label's boxed warnings as { warning, source }, or [] when it has none
keyRisks:
  - risk: ${quote(`${PLACEHOLDER}: a main risk from the label's warnings`)}
    source: ${LABEL_SOURCE}
summary: >-
  ${PLACEHOLDER}: one paragraph of 40 to 700 characters that opens the page and describes it in search results.
lastReviewed: ${today}
changes: # newest first: add an entry whenever you change the page
  - date: ${today}
    note: "First published."
# reviewedBy: Your Name
---

{/*
  A new drug page: /drugs/${slug}/. Its summary box is drawn from the frontmatter above;
  CONTRIBUTING.md, "Drug pages", describes every field. Each name in name, abbreviations,
  brandNames and aliases must belong to this page only: the chapters link their first mention
  of it here. Drug pages may use <Note>, <Correction> and <Update> (no Figure).
${GUIDE_COMMON}
*/}

${PLACEHOLDER}: one or two sentences on what sets this drug apart.

## How it works

${PLACEHOLDER}: the mechanism, with a citation for each claim.

## Where it is used

${PLACEHOLDER}: the settings and combinations the review describes.

## Since the review: approved uses and evidence

<Update sources="${LABEL_SOURCE}">

${PLACEHOLDER}: what the drug is approved for and the trials behind it, in plain sentences.

</Update>

## Safety

<Update sources="${LABEL_SOURCE}">

${PLACEHOLDER}: the boxed warnings and main risks, in plain sentences.

</Update>
`;
  return { file, text };
}

export interface PathwayInput {
  id: string;
  today: string;
  /** The ids of Figure 1's nodes that belong to this pathway. */
  figureNodes: string[];
}

export function pathwayScaffold({ id, today, figureNodes }: PathwayInput): { file: string; text: string } {
  const file = `content/pathways/${id}.mdx`;
  const text = `---
name: ${quote(`${PLACEHOLDER} ${id}`)} # ${PLACEHOLDER}: the name as the chapters write it, e.g. Ras/Raf/MEK/ERK
aliases: [] # other names, e.g. [MAPK, ERK pathway]; each is linked to this page and found by search
steps: # the cascade, one step per item, in order
  - ${quote(`${PLACEHOLDER}: the first step`)}
drives: [${quote(`${PLACEHOLDER}: what it drives`)}] # short phrases, e.g. [Proliferation, Survival]
figureNodes: [${figureNodes.join(", ")}] # the nodes of Figure 1 in this pathway (content/figures/signalling-network.yaml)
drugs: [] # slugs of drug pages the review connects with it, e.g. [trastuzumab]
otherAgents: [] # agents without a page, e.g. [endocrine therapy]
summary: >-
  ${PLACEHOLDER}: one paragraph of 40 to 700 characters that opens the page and describes it in search results.
lastReviewed: ${today}
changes: # newest first: add an entry whenever you change the page
  - date: ${today}
    note: "First published."
# reviewedBy: Your Name
---

{/*
  A new pathway page: /pathways/${id}/. Figure 1 links its nodes here. CONTRIBUTING.md,
  "Pathway pages", describes every field. Pathway pages are plain Markdown (no Figure or Note).
${GUIDE_COMMON}
*/}

${PLACEHOLDER}: one or two sentences on what this pathway does for HER2 signalling.

## How HER2 engages it

${PLACEHOLDER}: the steps, with a citation for each claim.

## What it drives

${PLACEHOLDER}: the cell responses.
`;
  return { file, text };
}
