/**
 * Runs after the citation guard on every MDX file and adds two things to the text, never to
 * headings, links, code or citations:
 * - the first mention of each drug and pathway in each `##` section links to its page (a page does
 *   not link to itself);
 * - the first use of each glossary term on the page is marked with its definition (glossary-term.ts).
 * Only text nodes are split, so heading ids, citation order and the words themselves are unchanged.
 * The number of marked terms is put in the page's frontmatter as `glossaryTerms`, so a page loads
 * the Esc-to-dismiss script only when it has terms.
 */
import type { Heading, Link, Parent, Root, RootContent, Text } from "mdast";
import type { VFile } from "vfile";
import { entityKey, entityOfFile, type EntityCatalog } from "./catalog.ts";
import { glossaryTermNode } from "./glossary-term.ts";
import { loadEntityCatalog } from "./load-catalog.ts";
import { visitProse } from "../source-index/prose.ts";
import { findMentions, type Mention } from "./mentions.ts";

export interface EntityLinkOptions {
  /** The folder holding drugs/, pathways/ and glossary.yaml. */
  contentDir: string;
}

export default function remarkEntityLinks(options: EntityLinkOptions) {
  return (tree: Root, file: VFile) => {
    const catalog = loadEntityCatalog(options.contentDir);
    const own = entityOfFile(file.path);
    linkFirstMentions(tree, catalog, own && entityKey(own.kind, own.id));
    const marked = markFirstTerms(tree, catalog);
    const astro = file.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
    if (astro?.frontmatter) astro.frontmatter.glossaryTerms = marked;
  };
}

export function linkFirstMentions(tree: Root, catalog: EntityCatalog, ownKey?: string): void {
  let linked = new Set<string>();
  rewriteProse(
    tree,
    (heading) => {
      if (heading.depth === 2) linked = new Set();
    },
    (text) =>
      split(text, findMentions(text.value, catalog.linkMatcher), (mention) => {
        if (mention.key === ownKey || linked.has(mention.key)) return undefined;
        linked.add(mention.key);
        const entity = catalog.byKey.get(mention.key)!;
        const link: Link = {
          type: "link",
          url: entity.path,
          children: [{ type: "text", value: mention.text }],
          data: { hProperties: { className: ["entity-link"], dataEntity: entity.key } },
        };
        return link;
      }),
  );
}

/**
 * Marks the first use of each glossary term; returns how many terms were marked. A drug or pathway
 * name left unlinked (a repeat, or the page's own name) stays whole: "Ras/Raf/MEK/ERK" is not cut
 * into four terms, though "MAPK" on its own is still explained as the term MAPK.
 */
export function markFirstTerms(tree: Root, catalog: EntityCatalog): number {
  const marked = new Set<string>();
  const terms = new Map(catalog.glossary.map((t) => [t.id, t]));
  rewriteProse(tree, undefined, (text) =>
    split(text, termsOutsideNames(text.value, catalog), (mention) => {
      if (marked.has(mention.key)) return undefined;
      marked.add(mention.key);
      return glossaryTermNode(terms.get(mention.key)!, mention.text);
    }),
  );
  return marked.size;
}

/** Glossary mentions that do not fall inside a drug or pathway name (unless they are the whole name). */
function termsOutsideNames(text: string, catalog: EntityCatalog): Mention[] {
  const names = findMentions(text, catalog.linkMatcher);
  return findMentions(text, catalog.glossaryMatcher).filter(
    (term) => !names.some((name) => name.start < term.end && term.start < name.end && (name.start !== term.start || name.end !== term.end)),
  );
}

/** Visits prose text nodes in reading order and replaces each with the nodes `rewrite` returns, if any. */
function rewriteProse(tree: Root, onHeading: ((heading: Heading) => void) | undefined, rewrite: (text: Text) => RootContent[] | undefined) {
  visitProse(
    tree,
    (node, ancestors) => {
      const replacement = rewrite(node);
      if (!replacement) return undefined;
      const parent = ancestors.at(-1)!;
      const index = parent.children.indexOf(node);
      parent.children.splice(index, 1, ...(replacement as Parent["children"]));
      return index + replacement.length;
    },
    onHeading,
  );
}

/** The text split around the mentions `wrap` accepts (it returns undefined to leave one as text). */
function split(text: Text, mentions: Mention[], wrap: (mention: Mention) => RootContent | undefined): RootContent[] | undefined {
  const out: RootContent[] = [];
  let cursor = 0;
  for (const mention of mentions) {
    const node = wrap(mention);
    if (!node) continue;
    if (mention.start > cursor) out.push({ type: "text", value: text.value.slice(cursor, mention.start) });
    out.push(node);
    cursor = mention.end;
  }
  if (!out.length) return undefined;
  if (cursor < text.value.length) out.push({ type: "text", value: text.value.slice(cursor) });
  return out;
}
