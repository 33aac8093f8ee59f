/**
 * The markup of a glossary term at its first use on a page: the words, focusable, described by a
 * tooltip that CSS shows on hover and focus (src/styles/global.css, "Entities") and a small script
 * hides on Esc (src/components/GlossaryTermScript.astro).
 *
 *   <span class="term">
 *     <span class="term-label" tabindex="0" aria-describedby="tip-adc">ADCs</span>
 *     <span class="term-tip" id="tip-adc" role="tooltip" data-pagefind-ignore>antibody–drug conjugate: A targeted drug …</span>
 *   </span>
 */
import type { ElementContent } from "hast";
import type { Literal } from "mdast";
import type { GlossaryTerm } from "./glossary-schema.ts";

/** An mdast node that remark-rehype turns into the markup above (through data.hName/hChildren). */
export interface GlossaryTermNode extends Literal {
  type: "glossaryTerm";
}

declare module "mdast" {
  interface PhrasingContentMap {
    glossaryTerm: GlossaryTermNode;
  }
  interface RootContentMap {
    glossaryTerm: GlossaryTermNode;
  }
}

function tooltipId(term: GlossaryTerm): string {
  return `tip-${term.id}`;
}

/**
 * The tooltip's text: the expansion, if any, then the first sentence of the definition
 * ("antibody–drug conjugate: A targeted drug …"). Tooltips stay short, as every one of them is in the
 * page's HTML; the glossary page gives the whole definition.
 */
function tooltipText(term: GlossaryTerm): string {
  const [firstSentence] = term.definition.split(/(?<=[.!?])\s+(?=[A-Z])/);
  return term.expansion ? `${term.expansion}: ${firstSentence}` : firstSentence!;
}

export function glossaryTermNode(term: GlossaryTerm, words: string): GlossaryTermNode {
  const tip = tooltipId(term);
  const children: ElementContent[] = [
    {
      type: "element",
      tagName: "span",
      properties: { className: ["term-label"], tabIndex: 0, ariaDescribedBy: [tip] },
      children: [{ type: "text", value: words }],
    },
    {
      type: "element",
      tagName: "span",
      properties: { className: ["term-tip"], id: tip, role: "tooltip", dataPagefindIgnore: true },
      children: [{ type: "text", value: tooltipText(term) }],
    },
  ];
  return { type: "glossaryTerm", value: words, data: { hName: "span", hProperties: { className: ["term"] }, hChildren: children } };
}
