/**
 * The only script every page loads, and it is tiny: it waits for the reader to open search
 * (`/`, Ctrl/Cmd+K, or the search box in the header) and only then loads the search UI. When the
 * reader arrived from a search result (`?highlight=`), it loads Pagefind's highlighter.
 */
const HIGHLIGHT_PARAM = "highlight";

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
}

async function openSearch(query: string): Promise<void> {
  const { openSearchModal } = await import("./search-ui.ts");
  await openSearchModal(query);
}

const input = document.querySelector<HTMLInputElement>("#site-search-input");
document.addEventListener("keydown", (event) => {
  const shortcut = (event.key === "k" && (event.metaKey || event.ctrlKey)) || (event.key === "/" && !isTyping(event.target));
  if (!shortcut) return;
  event.preventDefault();
  void openSearch(input?.value ?? "");
});
input?.addEventListener("focus", () => void openSearch(input.value), { once: false });

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void import("./highlight.ts").then(({ highlightSearchTerms }) => highlightSearchTerms(HIGHLIGHT_PARAM));
}
