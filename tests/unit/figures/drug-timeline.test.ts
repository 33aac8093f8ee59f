import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { drugSchema, DRUG_CLASS_LABELS, type DrugClass } from "../../../src/entities/drug-schema.ts";
import { entityPath } from "../../../src/entities/paths.ts";
import { pageFiles, readPages } from "../../../src/entities/read-content.ts";
import { FIGURE_DRAWINGS, figureDataFromFiles } from "../../../src/figures/drawings.ts";
import { AXIS_LABEL, DRUG_TIMELINE_AXIS, renderDrugTimeline, type TimelineDrug } from "../../../src/figures/drug-timeline.ts";
import { svgMarkup } from "../../../src/figures/svg.ts";
import { expectAccessibleSvg } from "./figure-checks.ts";
import { all, hasClass, textOf, type Element } from "./svg-tree.ts";

const ID = "drug-timeline";
const drugs = readPages(pageFiles("content/drugs"), drugSchema);
const slugs = readdirSync("content/drugs")
  .filter((name) => name.endsWith(".mdx"))
  .map((name) => name.replace(/\.mdx$/, ""));
const BASE = "/her2/";
const drugUrl = (slug: string) => BASE.replace(/\/$/, "") + entityPath("drug", slug);
const markup = svgMarkup(renderDrugTimeline(drugs, { drugUrl }));
const svg = expectAccessibleSvg(markup, ID);

const drugGroups = () => all(svg, "g").filter((g) => g.attrs["data-drug"] !== undefined);
const groupOf = (slug: string) => drugGroups().find((g) => g.attrs["data-drug"] === slug)!;
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
const boxOf = (rect: Element): Box => ({ x: Number(rect.attrs.x), y: Number(rect.attrs.y), w: Number(rect.attrs.width), h: Number(rect.attrs.height) });
const cardOf = (slug: string) => boxOf(all(groupOf(slug), "rect").find((r) => hasClass(r, "fig-drug-card"))!);
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
/** The baselines of a <text>: its own y, or its tspans' y and dy. */
function baselines(text: Element): number[] {
  if (text.attrs.y !== undefined) return [Number(text.attrs.y)];
  const out: number[] = [];
  for (const span of all(text, "tspan")) out.push(span.attrs.y !== undefined ? Number(span.attrs.y) : out[out.length - 1]! + Number(span.attrs.dy));
  return out;
}
const BADGE_SHAPE: Record<DrugClass, string> = {
  "monoclonal-antibody": "circle",
  "bispecific-antibody": "path",
  "tyrosine-kinase-inhibitor": "path",
  "antibody-drug-conjugate": "rect",
};

describe("Figure 3, the timeline of HER2-targeted drugs", () => {
  it("draws every drug in the file as a group with its name, abbreviations and brand names as text", () => {
    expect(
      drugGroups()
        .map((g) => g.attrs["data-drug"])
        .sort(),
    ).toEqual([...slugs].sort());
    for (const { id, data } of drugs) {
      const group = groupOf(id);
      expect(group.attrs["data-year"]).toBe(String(data.firstFdaApproval));
      expect(group.attrs["data-class"]).toBe(data.drugClass);
      const names = all(group, "tspan")
        .filter((t) => hasClass(t, "fig-drug-name"))
        .map(textOf);
      expect(names, id).toEqual([data.name]);
      const texts = all(group, "text").map(textOf).join(" ");
      for (const brand of data.brandNames) expect(texts, `${id} brand`).toContain(brand);
      for (const abbreviation of data.abbreviations) expect(texts, `${id} abbreviation`).toContain(abbreviation);
      const mechanism = all(group, "text").find((t) => hasClass(t, "fig-drug-mechanism"))!;
      expect(textOf(mechanism)).toBe(data.mechanism);
    }
  });

  it("places the drugs top to bottom in order of approval, under a tick and label for each year", () => {
    const order = [...drugs].sort((a, b) => a.data.firstFdaApproval - b.data.firstFdaApproval || a.data.name.localeCompare(b.data.name, "en"));
    const tops = order.map((d) => cardOf(d.id).y);
    for (let i = 1; i < tops.length; i++) expect(tops[i], order[i]!.id).toBeGreaterThan(tops[i - 1]!);
    // The drawing's own order is the same (a screen reader meets the drugs in time order).
    expect(drugGroups().map((g) => g.attrs["data-drug"])).toEqual(order.map((d) => d.id));

    const years = [...new Set(order.map((d) => d.data.firstFdaApproval))];
    const yearGroups = all(svg, "g").filter((g) => hasClass(g, "fig-year"));
    expect(yearGroups.map((g) => g.attrs["data-year"])).toEqual(years.map(String));
    const labelY: number[] = [];
    for (const g of yearGroups) {
      const labels = all(g, "text").filter((t) => hasClass(t, "fig-year-label"));
      expect(labels.map(textOf)).toEqual([g.attrs["data-year"]]);
      expect(all(g, "path").filter((p) => hasClass(p, "fig-tick"))).toHaveLength(1);
      // Every drug of the year is in its group, and the label sits level with them.
      const members = drugs.filter((d) => String(d.data.firstFdaApproval) === g.attrs["data-year"]);
      expect(
        all(g, "g")
          .filter((m) => m.attrs["data-drug"])
          .map((m) => m.attrs["data-drug"])
          .sort(),
      ).toEqual(members.map((d) => d.id).sort());
      const y = Number(labels[0]!.attrs.y);
      expect(y).toBeGreaterThan(Math.min(...members.map((d) => cardOf(d.id).y)));
      expect(y).toBeLessThan(Math.max(...members.map((d) => cardOf(d.id).y + cardOf(d.id).h)));
      labelY.push(y);
    }
    for (let i = 1; i < labelY.length; i++) expect(labelY[i]).toBeGreaterThan(labelY[i - 1]!);
    expect(years[0]).toBeGreaterThanOrEqual(DRUG_TIMELINE_AXIS.from);
    expect(years[years.length - 1]).toBeLessThanOrEqual(DRUG_TIMELINE_AXIS.to);
  });

  it("stacks drugs approved in the same year without overlap, and keeps every text inside its card", () => {
    const byYear = new Map<number, string[]>();
    for (const d of drugs) byYear.set(d.data.firstFdaApproval, [...(byYear.get(d.data.firstFdaApproval) ?? []), d.id]);
    expect([...byYear.values()].some((ids) => ids.length > 1)).toBe(true); // 2020: margetuximab and tucatinib
    const cards = slugs.map((slug) => ({ slug, box: cardOf(slug) }));
    for (const a of cards) {
      for (const b of cards) if (a !== b) expect(overlaps(a.box, b.box), `${a.slug} overlaps ${b.slug}`).toBe(false);
    }
    const markerYs = drugGroups().map((g) => all(g, "g").find((m) => hasClass(m, "fig-marker-shape"))!);
    expect(markerYs).toHaveLength(slugs.length);
    for (const slug of slugs) {
      const card = cardOf(slug);
      for (const text of all(groupOf(slug), "text")) {
        for (const y of baselines(text)) {
          expect(y, `${slug}: "${textOf(text)}"`).toBeGreaterThan(card.y + 10);
          expect(y, `${slug}: "${textOf(text)}"`).toBeLessThan(card.y + card.h - 2);
        }
      }
    }
  });

  it("marks each drug's class by shape, colour class and text, and explains the classes in a legend", () => {
    for (const { id, data } of drugs) {
      const group = groupOf(id);
      expect(hasClass(group, `fig-drug--${data.drugClass}`)).toBe(true);
      const badge = all(group, "g").find((g) => hasClass(g, "fig-class-badge"))!;
      expect(hasClass(badge, `fig-class-badge--${data.drugClass}`)).toBe(true);
      expect(textOf(all(badge, "text")[0]!).length).toBeGreaterThan(1);
      const marks = all(group, "g").filter((g) => hasClass(g, `fig-class--${data.drugClass}`));
      expect(marks).toHaveLength(2); // on the axis and in the badge
      for (const mark of marks) expect((mark.children[0] as Element).name).toBe(BADGE_SHAPE[data.drugClass]);
    }
    const badgeText = (cls: DrugClass) =>
      new Set(
        drugs
          .filter((d) => d.data.drugClass === cls)
          .map((d) =>
            textOf(
              all(
                all(groupOf(d.id), "g").find((g) => hasClass(g, "fig-class-badge"))!,
                "text",
              )[0]!,
            ),
          ),
      );
    const classes = [...new Set(drugs.map((d) => d.data.drugClass))];
    expect(classes.sort()).toEqual(["antibody-drug-conjugate", "bispecific-antibody", "monoclonal-antibody", "tyrosine-kinase-inhibitor"]);
    for (const cls of classes) expect(badgeText(cls).size).toBe(1);
    expect(new Set(classes.map((c) => [...badgeText(c)][0])).size).toBe(4);

    const legend = all(svg, "g").find((g) => hasClass(g, "fig-legend"))!;
    const legendText = all(legend, "text").map(textOf);
    for (const cls of classes) {
      expect(legendText).toContain(DRUG_CLASS_LABELS[cls].singular);
      const sample = all(legend, "g").find((g) => hasClass(g, `fig-class--${cls}`))!;
      expect((sample.children[0] as Element).name).toBe(BADGE_SHAPE[cls]);
    }
  });

  it("links each drug to its page, under the site's base path", () => {
    for (const slug of slugs) {
      const links = all(groupOf(slug), "a");
      expect(links).toHaveLength(1);
      expect(links[0]!.attrs.href).toBe(`/her2/drugs/${slug}/`);
      expect(all(links[0]!, "tspan").some((t) => hasClass(t, "fig-drug-name"))).toBe(true);
      // The link is named by the drug's heading; the card it holds is the click target.
      expect(all(links[0]!, "rect").some((r) => hasClass(r, "fig-drug-card"))).toBe(true);
      expect(all(links[0]!, "text").map(textOf).join(" ")).not.toContain(drugs.find((d) => d.id === slug)!.data.mechanism.slice(0, 20));
    }
    expect(all(svg, "a")).toHaveLength(slugs.length);
  });

  it("says that the years are editorial (from the labels), not the review's, in the drawing and in its description", () => {
    const axisLabel = all(svg, "text").find((t) => hasClass(t, "fig-axis-label"))!;
    expect(textOf(axisLabel)).toBe(AXIS_LABEL);
    expect(AXIS_LABEL).toContain("First US FDA approval");
    expect(AXIS_LABEL).toContain("editorial, not from the review");
    const desc = textOf(all(svg, "desc")[0]!);
    expect(desc).toContain("the site's editorial layer, not the review");
    for (const { data } of drugs) {
      expect(desc).toContain(data.name);
      expect(desc).toContain(String(data.firstFdaApproval));
    }
    const line = all(svg, "path").find((p) => hasClass(p, "fig-axis-line"))!;
    expect(line.attrs["marker-end"]).toBe(`url(#${ID}-arrow)`);
  });

  it("has the title given in content/figures.yaml, and a caption that keeps the years' source", () => {
    const entry = (parse(readFileSync("content/figures.yaml", "utf8")) as { id: string; title: string; caption: string; description?: string }[]).find(
      (f) => f.id === ID,
    )!;
    expect(textOf(all(svg, "title")[0]!)).toBe(entry.title);
    expect(entry.caption.replace(/\s+/g, " ")).toContain("the site's editorial layer, not the review");
    expect(entry.description).toContain("from the first approval (top) to the latest (bottom)");
  });

  it("stays compact", () => {
    // About 2 KB a drug: eleven drugs with their later approved uses.
    expect(new TextEncoder().encode(markup).length).toBeLessThan(24_000);
  });

  it('is what <Figure id="drug-timeline"> draws from the drug pages it is given, linking to them', () => {
    const links = { pathwayUrl: (id: string) => entityPath("pathway", id), drugUrl: (slug: string) => entityPath("drug", slug) };
    const drawn = FIGURE_DRAWINGS[ID]!({ links, data: figureDataFromFiles(), drugs });
    expect(drawn).toEqual(renderDrugTimeline(drugs, { drugUrl: links.drugUrl }));
    const hrefs = [...svgMarkup(drawn).matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs.sort()).toEqual(slugs.map((slug) => `/drugs/${slug}/`).sort());
    expect(slugs.length).toBeGreaterThanOrEqual(8);
  });
});

describe("Figure 3 refuses data it cannot draw truthfully", () => {
  const base = drugs.find((d) => d.id === "tucatinib")!;
  const variant = (id: string, change: Partial<TimelineDrug["data"]> = {}): TimelineDrug => ({
    id,
    file: `content/drugs/${id}.mdx`,
    data: { ...base.data, ...change },
  });
  const render = (list: TimelineDrug[]) => () => renderDrugTimeline(list, { drugUrl });

  it("names a drug approved outside the axis", () => {
    expect(render([...drugs, variant("futurumab", { name: "Futurumab", firstFdaApproval: 2031 })])).toThrow(
      /drug "futurumab" \(content\/drugs\/futurumab\.mdx\): first FDA approval 2031 is outside the drug timeline's axis, 1998–2030/,
    );
    expect(render([variant("early", { firstFdaApproval: 1990 })])).toThrow(/drug "early".*1990/);
    expect(() => renderDrugTimeline([variant("futurumab", { firstFdaApproval: 2031 })], { drugUrl, axis: { from: 1998, to: 2035 } })).not.toThrow();
  });

  it("names a drug that appears twice", () => {
    expect(render([...drugs, variant("tucatinib")])).toThrow(/drug "tucatinib" .*appears twice/);
  });

  it("names a drug whose name cannot fit its card", () => {
    expect(render([variant("long", { name: "An extraordinarily long generic name that no card could ever hold on one line" })])).toThrow(
      /drug "long".*needs about \d+ px/,
    );
  });

  it("refuses an empty list", () => {
    expect(render([])).toThrow(/no drugs/);
  });
});
