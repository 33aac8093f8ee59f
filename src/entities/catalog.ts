/**
 * Everything the site knows about its entities in one value: the drug and pathway pages (linked
 * from the chapters), the glossary terms (explained on hover and focus), and a matcher for each.
 * Pure: Astro pages build it from content collections, the remark plugin from the files.
 */
import { ProblemsError, type Problem } from "../checks/problem.ts";
import { parseYamlFile, placeOfField } from "../content/yaml-places.ts";
import { textKey } from "../text/text-key.ts";
import { DRUG_CLASS_LABELS, DRUG_NAME_FIELDS, DRUG_TARGET_LABELS, drugNames, type DrugData } from "./drug-schema.ts";
import { glossaryNames, type GlossaryTerm } from "./glossary-schema.ts";
import { compileMatcher, findMentions, type Matcher } from "./mentions.ts";
import { distinctNames } from "./names.ts";
import { entityPath, isPathwayId, PATHWAY_IDS, type EntityKind } from "./paths.ts";
import { PATHWAY_NAME_FIELDS, pathwayNames, type PathwayData } from "./pathway-schema.ts";

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
  /** The file as written, so a problem names the line of its field. */
  text: string;
  data: T;
}

export function entityKey(kind: EntityKind, id: string): string {
  return `${kind}:${id}`;
}

export interface CatalogInput {
  drugs: Sourced<DrugData>[];
  pathways: Sourced<PathwayData>[];
  glossary: GlossaryTerm[];
  /** content/glossary.yaml: its path and text, so a problem names the line of its entry. */
  glossaryFile: { path: string; text: string };
  /** Pages left out for invalid frontmatter (reported by the frontmatter rule): naming one is not wrong. */
  invalidPages?: ReadonlySet<string>;
}

/** The catalog, or a ProblemsError naming each fault at its file, line and column. */
export function buildCatalog(input: CatalogInput): EntityCatalog {
  const problems: Problem[] = [];
  const report = (source: { file: string; text: string }, field: (string | number)[], message: string, fix: string) =>
    problems.push({ file: source.file, ...placeOfField(source.file, source.text, field), rule: "entity-names", severity: "error", message, fix });
  const exists = (id: string, ids: Set<string>) => ids.has(id) || input.invalidPages?.has(id) === true;

  const drugIds = new Set(input.drugs.map((d) => d.id));
  for (const pathway of input.pathways) {
    if (!isPathwayId(pathway.id)) report(pathway, [], `"${pathway.id}" is not a pathway id`, `name the file after one of: ${PATHWAY_IDS.join(", ")}`);
    pathway.data.drugs.forEach((drug, i) => {
      if (!exists(drug, drugIds))
        report(
          pathway,
          ["drugs", i],
          `drugs: "${drug}" is not a drug page (known: ${[...drugIds].join(", ")})`,
          "add that drug page (npm run new -- drug <slug>), or remove the slug",
        );
    });
  }

  const entities: Entity[] = [
    ...input.drugs.map((d) => entity("drug", d.id, d.data.name, drugNames(d.data), drugCard(d.data))),
    ...input.pathways.map((p) => entity("pathway", p.id, p.data.name, pathwayNames(p.data), firstSentence(p.data.summary))),
  ];
  const named = [
    ...input.drugs.map((d) => ({ source: d, names: namedFields(d.data, DRUG_NAME_FIELDS) })),
    ...input.pathways.map((p) => ({ source: p, names: namedFields(p.data, PATHWAY_NAME_FIELDS) })),
  ];
  // Names compare as search compares them (textKey): "TDM1" and "T-DM1" are one name.
  const owner = new Map<string, { entity: Entity; file: string; name: string }>();
  named.forEach(({ source, names }, i) => {
    const own = entities[i]!;
    for (const { name, field } of names) {
      const other = owner.get(textKey(name));
      if (!other) owner.set(textKey(name), { entity: own, file: source.file, name });
      else if (other.entity !== own) {
        const written = other.name === name ? "" : `, written "${other.name}"`;
        report(
          source,
          field,
          `the name "${name}" is also a name of ${other.entity.kind} "${other.entity.id}" (${other.file}${written})`,
          "a name may point to one page only; names are compared ignoring case, spaces and punctuation",
        );
      }
    }
  });

  const pageIds = new Set(entities.map((e) => e.id));
  const glossary = { file: input.glossaryFile.path, text: input.glossaryFile.text };
  const entryIndex = glossaryEntryIndex(glossary.text);
  for (const term of input.glossary) {
    if (term.seeAlso && !exists(term.seeAlso, pageIds)) {
      report(
        glossary,
        [entryIndex(term.term), "seeAlso"],
        `"${term.term}" › seeAlso: "${term.seeAlso}" is not a drug or pathway page`,
        "name an existing drug or pathway page: its file name without .mdx",
      );
    }
  }
  if (problems.length) throw new ProblemsError(problems);

  return {
    entities,
    byKey: new Map(entities.map((e) => [e.key, e])),
    glossary: input.glossary,
    linkMatcher: compileMatcher(entities.map(({ key, names }) => ({ key, names }))),
    glossaryMatcher: compileMatcher(input.glossary.map((t) => ({ key: t.id, names: glossaryNames(t) }))),
  };
}

/** Each name with the field it is in: `name` → ["name"], the second alias → ["aliases", 1]. */
function namedFields<T>(data: T, fields: readonly (keyof T & string)[]): { name: string; field: (string | number)[] }[] {
  return fields.flatMap((key) => {
    const value = data[key] as string | string[];
    return Array.isArray(value) ? value.map((name, i) => ({ name, field: [key, i] })) : [{ name: value, field: [key] }];
  });
}

/** The position of a term's entry in the glossary file (the terms handed in may be a valid subset). */
function glossaryEntryIndex(text: string): (term: string) => number {
  const entries: unknown = parseYamlFile(text).doc.toJS();
  const terms = Array.isArray(entries) ? entries.map((e) => (e as { term?: unknown } | null)?.term) : [];
  return (term) => Math.max(0, terms.indexOf(term));
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
