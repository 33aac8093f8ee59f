/**
 * Runs after rehype-citation and repairs its output (2.3.2):
 * - every numeric link points at the entry whose number it shows (rehype-citation pairs the Nth
 *   number with the Nth key in source order, which is wrong once the style sorts a cluster);
 * - citations get stable ids (`cite-1`, `cite-2`, … in reading order) and the list of keys they cite;
 * - each bibliography entry links back to every citation of it (Wikipedia's "^ a b c");
 * - a truncated author list reads "et al.", not "others";
 * - each entry gets its link out (checked DOI, else a PubMed title search) and its evidence type;
 * - the bibliography becomes a titled section, so it is in the table of contents, its list in a fold
 *   that is closed on a phone, where it would be screens long, and always open on wide screens
 *   and paper (styles/phone.css); a link to an entry opens it, as find-in-page does.
 */
import type { Element, ElementContent, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { loadBibliography, type Reference } from "./bibliography.ts";
import { evidenceLabel } from "./evidence.ts";
import { referenceLink } from "./format-reference.ts";

export const BIBLIOGRAPHY_ID = "references";

const isElement = (node: unknown): node is Element => (node as Element)?.type === "element";
const classes = (node: Element): string[] => {
  // Typed as string[], but a plugin may still have set a space-separated string.
  const value: unknown = node.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === "string" ? value.split(" ") : [];
};

export function citationId(ordinal: number): string {
  return `cite-${ordinal}`;
}

export function bibliographyEntryId(key: string): string {
  return `bib-${key}`;
}

/** With `bibliography` (the .bib path), entries also get their link out and evidence type. */
export default function rehypeCitationLinks(options: { bibliography?: string } = {}) {
  return (tree: Root) => {
    const bibliography = options.bibliography ? loadBibliography(options.bibliography) : undefined;
    let refs: { node: Element; parent: Element | Root; index: number } | undefined;
    visit(tree, "element", (node, index, parent) => {
      if (node.properties.id === "refs" && (parent?.type === "root" || parent?.type === "element") && index !== undefined) refs = { node, parent, index };
    });
    if (!refs) return;

    const keyByNumber = new Map<string, string>();
    const entries = new Map<string, Element>();
    for (const entry of refs.node.children.filter(isElement)) {
      const key = String(entry.properties.id).replace(/^bib-/, "");
      const margin = entry.children.find((c) => isElement(c) && classes(c).includes("csl-left-margin"));
      if (margin) keyByNumber.set(toString(margin).replace(/[.\s]/g, ""), key);
      entries.set(key, entry);
    }

    const citationsOf = new Map<string, string[]>();
    let ordinal = 0;
    visit(tree, "element", (node) => {
      if (node.tagName !== "span" || !String(node.properties.id ?? "").startsWith("citation--")) return;
      const id = citationId(++ordinal);
      const keys: string[] = [];
      const keyOf = (number: number) => {
        const key = keyByNumber.get(String(number));
        if (!key) throw new Error(`citation ${toString(node)} shows the number ${number}, which is not in the bibliography`);
        return key;
      };
      let previous: number | undefined;
      let inRange = false;
      for (const child of node.children) {
        if (child.type === "text") {
          // A compressed range ("5–8") links only its ends; the numbers between are cited too.
          inRange = /[–-]/.test(child.value);
          continue;
        }
        if (!isElement(child) || child.tagName !== "a") continue;
        const number = Number(toString(child).trim());
        if (inRange && previous !== undefined) for (let n = previous + 1; n < number; n++) keys.push(keyOf(n));
        const key = keyOf(number);
        child.properties.href = `#${bibliographyEntryId(key)}`;
        keys.push(key);
        previous = number;
        inRange = false;
      }
      for (const key of keys) citationsOf.set(key, [...(citationsOf.get(key) ?? []), id]);
      node.properties = { id, className: ["citation"], dataCites: keys.join(" ") };
    });

    for (const [key, entry] of entries) {
      for (const text of entry.children.filter(isElement)) {
        visit(text, "text", (t) => {
          t.value = t.value.replace(/\bothers\./g, "et al.");
        });
      }
      entry.properties.className = ["csl-entry"];
      const reference = bibliography?.byKey.get(key);
      const text = entry.children.find((c): c is Element => isElement(c) && classes(c).includes("csl-right-inline"));
      if (reference && text) text.children.push(...referenceExtras(reference));
      entry.children.push(backlinks(citationsOf.get(key) ?? []));
    }

    const heading: Element = {
      type: "element",
      tagName: "h2",
      properties: { id: BIBLIOGRAPHY_ID },
      children: [{ type: "text", value: "References" }],
    };
    refs.node.properties = { className: ["csl-bib-body"], role: "list" };
    for (const entry of entries.values()) entry.properties.role = "listitem";
    const fold: Element = {
      type: "element",
      tagName: "details",
      properties: { className: ["reference-fold"] },
      children: [
        {
          type: "element",
          tagName: "summary",
          properties: {},
          children: [{ type: "text", value: `${entries.size} ${entries.size === 1 ? "reference" : "references"}` }],
        },
        refs.node,
      ],
    };
    const section: Element = {
      type: "element",
      tagName: "section",
      // Indexed for search, but weighted down: a reference title must not outrank the text citing it.
      properties: { className: ["bibliography"], ariaLabelledBy: [BIBLIOGRAPHY_ID], dataPagefindWeight: "0.2" },
      children: [heading, fold],
    };
    refs.parent.children.splice(refs.index, 1, section as ElementContent);
  };
}

/** The link out, the review's number and the evidence badge shown after an entry's text. */
function referenceExtras(reference: Reference): ElementContent[] {
  const out = referenceLink(reference);
  return [
    { type: "text", value: " " },
    {
      type: "element",
      tagName: "a",
      properties: { className: ["ref-link"], href: out.href, rel: ["noopener", "noreferrer"] },
      children: [{ type: "text", value: out.label }],
    },
    { type: "text", value: " " },
    // The chapter numbers its references 1…n; this ties each to the review's own number.
    {
      type: "element",
      tagName: "a",
      properties: { className: ["review-ref"], href: `/references/#ref-${reference.number}` },
      children: [{ type: "text", value: `ref. ${reference.number} in the review` }],
    },
    { type: "text", value: " " },
    {
      type: "element",
      tagName: "span",
      properties: { className: ["evidence"], dataEvidence: reference.evidence },
      children: [{ type: "text", value: evidenceLabel(reference) }],
    },
  ];
}

/** "↑ a b c" (or a single "↑") linking back to the citations of one entry. */
function backlinks(ids: string[]): Element {
  const link = (id: string, label: string, name: string): Element => ({
    type: "element",
    tagName: "a",
    properties: { href: `#${id}`, ariaLabel: name },
    children: [{ type: "text", value: label }],
  });
  const children: ElementContent[] =
    ids.length === 1
      ? [link(ids[0]!, "↑", "Back to the citation")]
      : [
          { type: "text", value: "↑ " },
          ...ids.flatMap((id, i): ElementContent[] => [link(id, letterLabel(i), `Back to citation ${i + 1}`), { type: "text", value: " " }]),
        ];
  return { type: "element", tagName: "span", properties: { className: ["backlinks"], dataPagefindIgnore: "" }, children };
}

/** a, b, …, z, aa, ab, … */
export function letterLabel(index: number): string {
  let label = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) label = String.fromCharCode(97 + ((n - 1) % 26)) + label;
  return label;
}
