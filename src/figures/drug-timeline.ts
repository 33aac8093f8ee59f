/**
 * Figure 3, the HER2-targeted drugs by year of first US FDA approval, drawn from the drug pages'
 * frontmatter (content/drugs/*.mdx: the drugs collection in the build, the pages `npm run check`
 * has read in the checker; see drawings.ts): nothing about a drug is written here.
 *
 * A vertical timeline, so each drug gets a full-width row for its mechanism and the figure still
 * reads when it is narrow: the years run down an axis on the left, with a tick for each year that
 * has drugs (a bracket when several share it) and the years in between written beside the axis; to
 * the right, one card per drug with its generic name, abbreviation, brand name(s), a class badge and
 * its mechanism. A class is told apart by the shape of its marker and badge, by colour and by the
 * badge's text. Each card links to the drug's page.
 */
import { byApproval, DRUG_CLASSES, DRUG_CLASS_LABELS, type DrugClass, type DrugData } from "../entities/drug-schema.ts";
import type { Element } from "hast";
import { s } from "hastscript";
import { FONT, LINE, group, markerUrl, multiline, px, renderLegend, svgDocument, textWidth, wrap, type LegendItem } from "./svg.ts";

export const DRUG_TIMELINE_ID = "drug-timeline";
/** The years a first approval may have; the figure itself runs from the first approval drawn to the last. */
export const DRUG_TIMELINE_AXIS = { from: 1998, to: 2030 } as const;
export const DRUG_TIMELINE_TITLE = "HER2-targeted drugs by year of first approval";
export const AXIS_LABEL = "First US FDA approval (from the labels: editorial, not from the review)";

/** A drug page: `id` is its slug; `file`, when known, is named in error messages. */
export interface TimelineDrug {
  id: string;
  data: DrugData;
  file?: string;
}

export interface DrugTimelineOptions {
  /** The URL of a drug's page, under the site's base path. */
  drugUrl: (slug: string) => string;
  axis?: { from: number; to: number };
  figureId?: string;
  title?: string;
}

/** The badge's word for each class; the legend gives the full name (DRUG_CLASS_LABELS). */
const BADGE_TEXT: Record<DrugClass, string> = {
  "monoclonal-antibody": "Antibody",
  "bispecific-antibody": "Bispecific",
  "tyrosine-kinase-inhibitor": "TKI",
  "antibody-drug-conjugate": "ADC",
};

// Layout, in px of a 680 px wide drawing.
const WIDTH = 680;
const MARGIN = 20;
const AXIS_X = 88;
/** Right edge of the year labels. */
const YEAR_X = AXIS_X - 18;
const TICK = 12;
const CARD_X = 108;
const CARD_W = WIDTH - MARGIN - CARD_X;
const PAD_X = 12;
const PAD_Y = 10;
const INNER = CARD_W - 2 * PAD_X;
const HEAD_LINE = 19;
const BADGE_H = 20;
const AXIS_TOP = 40;
const GAP_SAME_YEAR = 8;
const GAP_NEXT_YEAR = 16;

/** A class's shape centred on (cx, cy): a circle, a diamond or a square, `size` px across. */
function classShape(drugClass: DrugClass, cx: number, cy: number, size: number): Element {
  const h = size / 2;
  if (drugClass === "monoclonal-antibody") return s("circle", { cx: px(cx), cy: px(cy), r: px(h) });
  if (drugClass === "bispecific-antibody") {
    const t = px(h * 1.15);
    return s("path", { d: `M${px(cx)} ${px(cy) - t}L${px(cx) + t} ${px(px(cy) + t * 0.8)}H${px(cx) - t}Z` });
  }
  if (drugClass === "tyrosine-kinase-inhibitor") {
    const d = px(h * 1.2);
    return s("path", { d: `M${px(cx)} ${px(cy) - d}L${px(cx) + d} ${px(cy)}L${px(cx)} ${px(cy) + d}L${px(cx) - d} ${px(cy)}Z` });
  }
  const half = px(h * 0.9);
  return s("rect", { x: px(cx) - half, y: px(cy) - half, width: 2 * half, height: 2 * half, rx: 1 });
}

/** A class's shape in a group carrying the class (and `extraClass`, when given). */
const classMark = (drugClass: DrugClass, cx: number, cy: number, size: number, extraClass?: string) =>
  s("g", { class: ["fig-class", `fig-class--${drugClass}`, ...(extraClass ? [extraClass] : [])] }, classShape(drugClass, cx, cy, size));

/** "Monoclonal antibody" → "monoclonal antibody" (abbreviations keep their capitals). */
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function describe(drug: TimelineDrug): string {
  return `drug "${drug.id}"${drug.file ? ` (${drug.file})` : ""}`;
}

/** Throws, naming the drug, on input the timeline cannot draw truthfully. */
function check(drugs: readonly TimelineDrug[], axis: { from: number; to: number }): void {
  if (drugs.length === 0) throw new Error("the drug timeline has no drugs to draw; is content/drugs/ empty?");
  if (!(axis.from < axis.to)) throw new Error(`the drug timeline's axis runs from ${axis.from} to ${axis.to}; it must run forwards`);
  const seen = new Map<string, TimelineDrug>();
  for (const drug of drugs) {
    const other = seen.get(drug.id);
    if (other)
      throw new Error(`${describe(drug)} appears twice in the drug timeline${other.file ? ` (also ${other.file})` : ""}; each drug page needs its own slug`);
    seen.set(drug.id, drug);
    const year = drug.data.firstFdaApproval;
    if (year < axis.from || year > axis.to) {
      throw new Error(
        `${describe(drug)}: first FDA approval ${year} is outside the drug timeline's axis, ${axis.from}–${axis.to}; widen DRUG_TIMELINE_AXIS in src/figures/drug-timeline.ts and the years in the figure's caption and description (content/figures.yaml)`,
      );
    }
  }
}

interface Card {
  drug: TimelineDrug;
  /** Lines of the heading: the first has the name (and, if they fit, the brand names). */
  head: { name: string; abbr: string; brand: string }[];
  badgeW: number;
  mechanism: string[];
  /** "Approved after the review" and the years of its later approved uses, wrapped. */
  notes: string[];
  h: number;
}

/** "Approved after the review · uses added 2010, 2021 (2)": what the card says besides the mechanism. */
export function timelineNote(drug: DrugData): string {
  const counts = new Map<number, number>();
  for (const { since } of drug.indications) if (since && since > drug.firstFdaApproval) counts.set(since, (counts.get(since) ?? 0) + 1);
  const years = [...counts].sort(([a], [b]) => a - b).map(([year, n]) => (n > 1 ? `${year} (${n})` : `${year}`));
  return [drug.inReview ? "" : "Approved after the review", years.length ? `uses added ${years.join(", ")}` : ""].filter(Boolean).join(" · ");
}

function measureCard(drug: TimelineDrug): Card {
  const { name, abbreviations, brandNames, mechanism, drugClass } = drug.data;
  const abbr = abbreviations.length ? ` (${abbreviations.join(", ")})` : "";
  const brand = ` · ${brandNames.join(", ")}`;
  const badgeW = px(26 + textWidth(BADGE_TEXT[drugClass], FONT.small, 600) + 10);
  const room = INNER - badgeW - 12;
  const nameW = textWidth(name, FONT.label, 600) + textWidth(abbr, FONT.label);
  if (nameW > room) {
    throw new Error(
      `${describe(drug)}: the name "${name}${abbr}" needs about ${Math.ceil(nameW)} px but the timeline's card has ${room} px beside the class badge`,
    );
  }
  // The brand names share the first line when they fit, else they get a line of their own.
  const head =
    nameW + textWidth(brand, FONT.label) <= room
      ? [{ name, abbr, brand }]
      : [
          { name, abbr, brand: "" },
          { name: "", abbr: "", brand: brandNames.join(", ") },
        ];
  const lines = wrap(mechanism, INNER, FONT.small);
  const note = timelineNote(drug.data);
  const notes = note ? wrap(note, INNER, FONT.small) : [];
  const h = PAD_Y + head.length * HEAD_LINE + 4 + (lines.length + notes.length) * LINE.small + PAD_Y - 2;
  return { drug, head, badgeW, mechanism: lines, notes, h };
}

/** One drug: its marker on the axis, and its card, a link to its page. */
function renderCard(card: Card, top: number, href: string): { drawn: Element; markerY: number } {
  const { drug } = card;
  const cls = drug.data.drugClass;
  const headY = top + PAD_Y + HEAD_LINE / 2;
  const right = CARD_X + CARD_W;
  const badgeX = right - PAD_X - card.badgeW;
  const at = (x: number, y: number) => ({ x: px(x), y: px(y + FONT.label * 0.35) });
  const span = (className: string, text: string) => (text ? s("tspan", { class: className }, text) : undefined);
  const head = card.head.map((line, i) =>
    s(
      "text",
      at(CARD_X + PAD_X, headY + i * HEAD_LINE),
      span("fig-drug-name", line.name),
      span("fig-drug-abbr", line.abbr),
      span("fig-drug-brand", line.brand),
    ),
  );
  const badge = s("g", { class: `fig-class-badge fig-class-badge--${cls}` }, [
    s("rect", { x: px(badgeX), y: px(headY - BADGE_H / 2), width: card.badgeW, height: BADGE_H, rx: BADGE_H / 2 }),
    classMark(cls, badgeX + 13, headY, 10),
    multiline([BADGE_TEXT[cls]], badgeX + 26 + (card.badgeW - 36) / 2, headY, LINE.small, FONT.small, "fig-class-badge-text"),
  ]);
  const mechTop = top + PAD_Y + card.head.length * HEAD_LINE + 4;
  // Each wrapped line but the last keeps its space, so the sentence reads (and copies) as written.
  const lines = card.mechanism.map((line, i) => (i < card.mechanism.length - 1 ? `${line} ` : line));
  const mechanism = multiline(lines, CARD_X + PAD_X, mechTop + (lines.length * LINE.small) / 2, LINE.small, FONT.small, "fig-drug-mechanism", "start");
  const notesTop = mechTop + lines.length * LINE.small;
  const notes = card.notes.length
    ? multiline(card.notes, CARD_X + PAD_X, notesTop + (card.notes.length * LINE.small) / 2, LINE.small, FONT.small, "fig-drug-note", "start")
    : undefined;
  // The link holds the card and the heading, so its name is the drug's name and brand; the badge
  // and the mechanism are drawn over the card (clicks pass through them, see figures.css).
  const drawn = s("g", { class: `fig-drug fig-drug--${cls}`, "data-drug": drug.id, "data-year": drug.data.firstFdaApproval, "data-class": cls }, [
    s("path", { class: "fig-connector", d: `M${AXIS_X + 8} ${px(headY)}H${CARD_X}` }),
    classMark(cls, AXIS_X, headY, 14, "fig-marker-shape"),
    s("a", { href }, [
      s("rect", { class: "fig-drug-card", x: CARD_X, y: px(top), width: CARD_W, height: px(card.h), rx: 6 }),
      s("g", { "text-anchor": "start" }, head),
    ]),
    badge,
    s("g", { "text-anchor": "start" }, mechanism, notes),
  ]);
  return { drawn, markerY: px(headY) };
}

export function renderDrugTimeline(drugs: readonly TimelineDrug[], options: DrugTimelineOptions): Element {
  const axis = options.axis ?? DRUG_TIMELINE_AXIS;
  const figureId = options.figureId ?? DRUG_TIMELINE_ID;
  check(drugs, axis);
  const sorted = [...drugs].sort((a, b) => byApproval(a.data, b.data));
  const years = [...new Set(sorted.map((d) => d.data.firstFdaApproval))];

  const yearGroups: Element[] = [];
  let y = AXIS_TOP + 8;
  let previous: { year: number; y: number } | undefined;
  for (const year of years) {
    const cards = sorted.filter((d) => d.data.firstFdaApproval === year).map(measureCard);
    const drawn = cards.map((card, i) => {
      if (i > 0) y += GAP_SAME_YEAR;
      const out = renderCard(card, y, options.drugUrl(card.drug.id));
      y += card.h;
      return out;
    });
    const first = drawn[0]!.markerY;
    const last = drawn[drawn.length - 1]!.markerY;
    const mid = (first + last) / 2;
    // A tick for one drug, a bracket reaching every marker when drugs share the year.
    const tick = first === last ? `M${AXIS_X - TICK} ${first}H${AXIS_X}` : `M${AXIS_X} ${first}H${AXIS_X - TICK}V${last}H${AXIS_X}`;
    // The years since the previous approval, halfway between the two ticks (the spacing is not to scale).
    const since = previous
      ? s(
          "text",
          {
            class: "fig-year-gap",
            x: YEAR_X,
            y: px((previous.y + mid) / 2 + FONT.small * 0.35),
            "font-size": FONT.small,
            "text-anchor": "end",
            "aria-hidden": "true",
          },
          `+${year - previous.year} ${year - previous.year === 1 ? "year" : "years"}`,
        )
      : undefined;
    yearGroups.push(
      s("g", { class: "fig-year", "data-year": year }, [
        since,
        s("path", { class: "fig-tick", d: tick }),
        s("text", { class: "fig-year-label", x: YEAR_X, y: px(mid + FONT.label * 0.35), "text-anchor": "end" }, String(year)),
        ...drawn.map((d) => d.drawn),
      ]),
    );
    previous = { year, y: mid };
    y += GAP_NEXT_YEAR;
  }
  const axisBottom = y + 4;
  const axisGroup = s("g", { class: "fig-axis" }, [
    s("text", { class: "fig-axis-label", x: MARGIN, y: AXIS_TOP - 16, "font-size": FONT.small, "text-anchor": "start" }, AXIS_LABEL),
    s("path", { class: "fig-axis-line", d: `M${AXIS_X} ${AXIS_TOP}V${px(axisBottom)}`, "marker-end": markerUrl(figureId, "arrow") }),
  ]);

  const classes = DRUG_CLASSES.filter((c) => sorted.some((d) => d.data.drugClass === c));
  const items: LegendItem[] = classes.map((c) => ({ key: c, text: DRUG_CLASS_LABELS[c].singular, sample: classMark(c, 17, 8, 14) }));
  const legendTop = axisBottom + 18;
  const { legend, height: legendHeight } = renderLegend(items, MARGIN, legendTop, WIDTH - 2 * MARGIN, "Drug class");
  const height = legendTop + legendHeight + MARGIN / 2;

  const entries = years.map((year) => {
    const list = sorted
      .filter((d) => d.data.firstFdaApproval === year)
      .map((d) => {
        const note = timelineNote(d.data);
        return `${d.data.name} (${d.data.brandNames.join(", ")}), ${lowerFirst(DRUG_CLASS_LABELS[d.data.drugClass].singular)}${note ? `, ${lowerFirst(note)}` : ""}`;
      });
    return `${year}: ${list.join("; ")}`;
  });
  const description =
    `Vertical timeline of ${sorted.length} HER2-targeted drugs by the year of their first US FDA approval, ${years[0]} to ${years.at(-1)} (from the US labels and FDA notices: the site's editorial layer, not the review). ` +
    `${entries.join(". ")}. Each entry gives the drug's mechanism and the years of uses approved later, and links to its page.`;

  return svgDocument(figureId, WIDTH, height, options.title ?? DRUG_TIMELINE_TITLE, description, [axisGroup, group("fig-timeline", yearGroups), legend]);
}
