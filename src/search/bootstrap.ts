/**
 * With src/layouts/when-idle.ts, the only script every page loads, and it is tiny: it waits for the reader to open search
 * (`/`, Ctrl/Cmd+K, or the search box in the header) and only then loads the search UI; it loads
 * citation previews when the reader first points at, focuses or taps a citation. When the reader
 * arrived from a search result (`?highlight=`), it loads Pagefind's highlighter.
 */
const HIGHLIGHT_PARAM = "highlight";

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
}

const input = document.querySelector<HTMLInputElement>("#site-search-input");

let opening: Promise<void> | undefined;
/**
 * Opens search with what the header's box holds when the search is ready, not when asked. One
 * opening at a time: each key typed while the code loads would otherwise queue another, which
 * would later write the box's older text over what the reader typed in the search dialog.
 */
function openSearch(): Promise<void> {
  opening ??= import("./search-ui.ts").then(({ openSearchModal }) => openSearchModal(input)).finally(() => (opening = undefined));
  return opening;
}
document.addEventListener("keydown", (event) => {
  const shortcut = (event.key === "k" && (event.metaKey || event.ctrlKey)) || (event.key === "/" && !isTyping(event.target));
  if (!shortcut) return;
  event.preventDefault();
  void openSearch();
});
// Tabbing onto the header's search box must not open a dialog (WCAG 3.2.1, On Focus: a keyboard
// reader passing through the header would be pulled into it). Focus only preloads the search
// code; a click, or typing into the box, opens the search with what was typed. Without
// JavaScript, or on Enter, the form goes to the search page.
input?.addEventListener("focus", () => void import("./search-ui.ts").then(({ loadSearch }) => loadSearch()));
input?.addEventListener("click", () => void openSearch());
input?.addEventListener("input", () => {
  if (input.value.trim()) void openSearch();
});

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void import("./highlight.ts").then(({ highlightSearchTerms }) => highlightSearchTerms(HIGHLIGHT_PARAM));
}

// Citation previews: the first event on a citation loads them; once loaded they handle every later one.
const previewTriggers = ["pointerdown", "pointerover", "focusin", "click"] as const;
let pointerType = "mouse";
let previews: Promise<typeof import("../citations/citation-preview.ts")> | undefined;
function loadPreviews(event: Event): void {
  if (event.type === "pointerdown") pointerType = (event as PointerEvent).pointerType;
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(".citation a") : null;
  if (!link) return;
  const tap = event.type === "click" && pointerType === "touch";
  if (tap) event.preventDefault();
  previews ??= import("../citations/citation-preview.ts").then((module) => {
    for (const type of previewTriggers) document.removeEventListener(type, loadPreviews, true);
    module.install();
    return module;
  });
  void previews.then((module) => (tap ? module.show(link) : module.handle(event)));
}
for (const type of previewTriggers) document.addEventListener(type, loadPreviews, true);
