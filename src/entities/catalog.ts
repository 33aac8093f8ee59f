/**
 * Everything the site knows about its entities in one value: the drug and pathway pages (linked
 * from the chapters), the glossary terms (explained on hover and focus), and a matcher for each.
 * Pure: Astro pages build it from content collections, the remark plugin from the files.
 */
import { DRUG_CLASS_LABELS, DRUG_TARGET_LABELS, drugNames, type DrugData } from "./drug-schema.ts";
import { glossaryNames, type GlossaryTerm } from "./glossary-schema.ts";
import { compileMatcher, findMentions, type Matcher } from "./mentions.ts";
import { distinctNames, nameKey } from "./names.ts";
import { entityPath, isPathwayId, PATHWAY_IDS, type EntityKind } from "./paths.ts";
import { pathwayNames, type PathwayData } from "./pathway-schema.ts";
import { ContentError } from "./read-content.ts";

/** A drug or pathway page. */
export interface Entity {
  kind: EntityKind;
  id: string;
  /** "drug:tucatinib" */
  key: string;
  name: string;
  /** Every name it goes by, the name first. */
  names: string[];
  /** Root-relative page path ("/drugs/tucatinib/"). */
  path: string;
  /** One line that answers "what is it?" in search ("Tyrosine kinase inhibitor · HER2 · …"). */
  card: string;
}

export interface EntityCatalog {
  entities: Entity[];
  byKey: Map<string, Entity>;
  glossary: GlossaryTerm[];
  /** Finds mentions of drugs and pathways; keys are entity keys. */
  linkMatcher: Matcher;
  /** Finds glossary terms; keys are term ids. */
  glossaryMatcher: Matcher;
}

export interface Sourced<T> {
  id: string;
  /** The file it came from, for error messages. */
  file: string;
  data: T;
}

export function entityKey(kind: EntityKind, id: string): string {
  return `${kind}:${id}`;
}

export function buildCatalog(input: {
  drugs: Sourced<DrugData>[];
  pathways: Sourced<PathwayData>[];
  glossary: GlossaryTerm[];
  glossaryFile: string;
}): EntityCatalog {
  const problems: string[] = [];
  const drugIds = new Set(input.drugs.map((d) => d.id));
  for (const pathway of input.pathways) {
    if (!isPathwayId(pathway.id)) problems.push(`${pathway.file}: "${pathway.id}" is not a pathway id; name the file after one of: ${PATHWAY_IDS.join(", ")}`);
    for (const drug of pathway.data.drugs) {
      if (!drugIds.has(drug)) problems.push(`${pathway.file}: drugs: "${drug}" is not a drug page (known: ${[...drugIds].join(", ")})`);
    }
  }

  const entities: Entity[] = [
    ...input.drugs.map((d) => entity("drug", d.id, d.data.name, drugNames(d.data), drugCard(d.data))),
    ...input.pathways.map((p) => entity("pathway", p.id, p.data.name, pathwayNames(p.data), firstSentence(p.data.summary))),
  ];
  const fileOf = new Map([
    ...input.drugs.map((d) => [entityKey("drug", d.id), d.file] as const),
    ...input.pathways.map((p) => [entityKey("pathway", p.id), p.file] as const),
  ]);
  const owner = new Map<string, Entity>();
  for (const e of entities) {
    for (const name of e.names) {
      const other = owner.get(nameKey(name));
      if (other && other !== e)
        problems.push(
          `${fileOf.get(e.key)}: the name "${name}" is also a name of ${other.kind} "${other.id}" (${fileOf.get(other.key)}); a name may point to one page only`,
        );
      else owner.set(nameKey(name), e);
    }
  }

  const pageIds = new Set(entities.map((e) => e.id));
  for (const term of input.glossary) {
    if (term.seeAlso && !pageIds.has(term.seeAlso)) {
      problems.push(`${input.glossaryFile}: "${term.term}" › seeAlso: "${term.seeAlso}" is not a drug or pathway page`);
    }
  }
  if (problems.length) throw new ContentError(problems.join("\n"));

  return {
    entities,
    byKey: new Map(entities.map((e) => [e.key, e])),
    glossary: input.glossary,
    linkMatcher: compileMatcher(entities.map(({ key, names }) => ({ key, names }))),
    glossaryMatcher: compileMatcher(input.glossary.map((t) => ({ key: t.id, names: glossaryNames(t) }))),
  };
}

function entity(kind: EntityKind, id: string, name: string, names: string[], card: string): Entity {
  return { kind, id, key: entityKey(kind, id), name, names: [...new Set(names)], path: entityPath(kind, id), card };
}

/** "Tyrosine kinase inhibitor (TKI) · EGFR (HER1), HER2 · Tykerb · first US approval 2007". */
export function drugCard(drug: DrugData): string {
  const approval = `first US approval ${drug.firstFdaApproval}${drug.inReview ? "" : ", after the review"}`;
  return [DRUG_CLASS_LABELS[drug.drugClass].singular, drug.targets.map((t) => DRUG_TARGET_LABELS[t]).join(", "), drug.brandNames.join(", "), approval].join(
    " · ",
  );
}

/** The first sentence of a summary, for a one-line answer. */
export function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s+[A-Z]|$)/s.exec(text.trim())?.[0] ?? text.trim();
}

/**
 * The names search should know a page by. A name that contains another page's name (T-DM1's
 * "trastuzumab emtansine" contains "trastuzumab") is kept out of the weighted list, so that a search
 * for the other name still ranks the other page first.
 */
export function searchNames(catalog: EntityCatalog, key: string): { weighted: string[]; plain: string[] } {
  const others = compileMatcher(catalog.entities.filter((e) => e.key !== key));
  const names = distinctNames(catalog.byKey.get(key)?.names ?? []);
  const containsOther = (name: string) => findMentions(name, others).length > 0;
  return { weighted: names.filter((n) => !containsOther(n)), plain: names.filter(containsOther) };
}

/** The entity a content file is the page of ("content/drugs/x.mdx" → drug x), if any. */
export function entityOfFile(path: string | undefined): { kind: EntityKind; id: string } | undefined {
  const match = /(?:^|[\\/])(drugs|pathways)[\\/]([^\\/]+)\.mdx$/.exec(path ?? "");
  if (!match) return undefined;
  return { kind: match[1] === "drugs" ? "drug" : "pathway", id: match[2]! };
}
