/**
 * The References page's text filter and sort order, loaded when the reader first uses them: the
 * entries are already on the page (with data-year, data-author, data-cited, data-number), so this
 * only hides, shows and reorders them, and says how many are shown in a live region.
 */
export type SortKey = "number" | "year" | "author" | "cited";

export interface Entry {
  number: number;
  year: number;
  author: string;
  cited: number;
  text: string;
}

/** The entries matching every word of the query (case and accents ignored), in the chosen order. */
export function arrange<T extends Entry>(entries: readonly T[], query: string, sort: SortKey): T[] {
  const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  const shown = entries.filter((e) => words.every((w) => fold(e.text).includes(w)));
  const by: Record<SortKey, (a: T, b: T) => number> = {
    number: (a, b) => a.number - b.number,
    year: (a, b) => b.year - a.year || a.number - b.number,
    author: (a, b) => a.author.localeCompare(b.author, "en") || a.number - b.number,
    cited: (a, b) => b.cited - a.cited || a.number - b.number,
  };
  return [...shown].sort(by[sort]);
}

export function mountReferenceTools(form: HTMLElement): void {
  const list = document.querySelector<HTMLOListElement>(".reference-list");
  const status = form.querySelector<HTMLElement>("[role=status]");
  const query = form.querySelector<HTMLInputElement>("input[type=search]");
  const sort = form.querySelector<HTMLSelectElement>("select");
  if (!list || !status || !query || !sort) return;
  const items = [...list.querySelectorAll<HTMLLIElement>(":scope > li")].map((li) => ({
    li,
    number: Number(li.dataset.number),
    year: Number(li.dataset.year),
    author: li.dataset.author ?? "",
    cited: Number(li.dataset.cited),
    text: li.textContent ?? "",
  }));
  const update = () => {
    const shown = arrange(items, query.value, sort.value as SortKey);
    const visible = new Set(shown);
    for (const item of items) item.li.hidden = !visible.has(item);
    list.append(...shown.map((i) => i.li), ...items.filter((i) => !visible.has(i)).map((i) => i.li));
    status.textContent = `Showing ${shown.length} of ${items.length} references.`;
  };
  query.addEventListener("input", update);
  sort.addEventListener("change", update);
  update();
}
