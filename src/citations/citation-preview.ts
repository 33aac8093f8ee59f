/**
 * Citation previews: hovering, focusing or tapping an in-text citation shows its full reference(s)
 * in a popover, built from the chapter's own bibliography (nothing is duplicated in the HTML).
 * WCAG 1.4.13: the popover can be hovered, stays until the pointer or focus leaves, and Esc
 * dismisses it. Without JavaScript a citation is a plain link to its bibliography entry.
 */
import { ID_PREFIX_ATTRIBUTE } from "../book/id-prefix.ts";

const PREVIEW_ID = "citation-preview";
const HIDE_DELAY_MS = 300;

let preview: HTMLElement | undefined;
let anchor: HTMLAnchorElement | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;
let lastPointerType = "mouse";
/** Whether the preview was already open for the tapped citation when the tap began. */
let openWhenTapped = false;
/** The citation whose preview the reader dismissed with Esc: it stays closed until they leave it. */
let dismissed: HTMLAnchorElement | undefined;

const citationLink = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>(".citation a") : null);

function popover(): HTMLElement {
  if (!preview) {
    preview = document.createElement("div");
    preview.id = PREVIEW_ID;
    preview.className = "citation-preview";
    preview.setAttribute("role", "tooltip");
    preview.hidden = true;
    preview.addEventListener("pointerenter", cancelHide);
    preview.addEventListener("pointerleave", scheduleHide);
    preview.addEventListener("focusout", (event) => {
      if (!preview!.contains(event.relatedTarget as Node) && event.relatedTarget !== anchor) hide();
    });
    document.body.append(preview);
  }
  return preview;
}

/**
 * The bibliography entries a citation names, copied without their backlinks. In the book, where
 * every chapter has its own reference list, ids carry the chapter's prefix (src/book/).
 */
function entriesFor(link: HTMLAnchorElement): HTMLElement[] {
  const keys = link.closest<HTMLElement>(".citation")?.dataset.cites?.split(" ") ?? [];
  const prefix = link.closest<HTMLElement>(`[${ID_PREFIX_ATTRIBUTE}]`)?.getAttribute(ID_PREFIX_ATTRIBUTE) ?? "";
  return keys.flatMap((key) => {
    const entry = document.getElementById(`${prefix}bib-${key}`);
    if (!entry) return [];
    const copy = entry.cloneNode(true) as HTMLElement;
    copy.removeAttribute("id");
    copy.removeAttribute("role");
    copy.querySelector(".backlinks")?.remove();
    const jump = document.createElement("a");
    jump.href = `#${prefix}bib-${key}`;
    jump.className = "preview-jump";
    jump.textContent = "In the reference list";
    copy.append(jump);
    return [copy];
  });
}

export function show(link: HTMLAnchorElement): void {
  if (link === dismissed) return;
  cancelHide();
  const box = popover();
  if (anchor !== link) {
    anchor?.removeAttribute("aria-describedby");
    box.replaceChildren(...entriesFor(link));
    anchor = link;
  }
  link.setAttribute("aria-describedby", PREVIEW_ID);
  box.hidden = false;
  const rect = link.getBoundingClientRect();
  const width = Math.min(box.offsetWidth, document.documentElement.clientWidth - 16);
  const left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
  box.style.left = `${left + window.scrollX}px`;
  box.style.top = `${rect.bottom + window.scrollY + 6}px`;
}

export function hide(): void {
  cancelHide();
  if (preview) preview.hidden = true;
  anchor?.removeAttribute("aria-describedby");
}

function scheduleHide(): void {
  cancelHide();
  hideTimer = setTimeout(hide, HIDE_DELAY_MS);
}

function cancelHide(): void {
  if (hideTimer) clearTimeout(hideTimer);
  hideTimer = undefined;
}

const isOpenFor = (link: HTMLAnchorElement) => !!preview && !preview.hidden && anchor === link;

/** Handles one event; installed for every later event by `install`, and given the first by the bootstrap. */
export function handle(event: Event): void {
  if (event.type === "keydown") {
    if ((event as KeyboardEvent).key === "Escape" && preview && !preview.hidden) {
      const focusWasInside = preview.contains(document.activeElement);
      dismissed = anchor;
      hide();
      if (focusWasInside) anchor?.focus();
    }
    return;
  }
  const link = citationLink(event.target);
  if (event.type === "pointerdown") {
    lastPointerType = (event as PointerEvent).pointerType;
    openWhenTapped = !!link && isOpenFor(link);
  }
  if (dismissed && (event.type === "pointerout" || event.type === "focusout") && link === dismissed) dismissed = undefined;
  if (!link) {
    if (event.type === "pointerdown" && preview && !preview.contains(event.target as Node)) hide();
    if (event.type === "pointerout" && anchor && !preview?.contains((event as PointerEvent).relatedTarget as Node)) scheduleHide();
    return;
  }
  switch (event.type) {
    case "pointerover":
      if ((event as PointerEvent).pointerType !== "touch") show(link);
      break;
    case "pointerout":
      if (!preview?.contains((event as PointerEvent).relatedTarget as Node)) scheduleHide();
      break;
    case "focusin":
      show(link);
      break;
    case "focusout":
      if (!preview?.contains((event as FocusEvent).relatedTarget as Node)) hide();
      break;
    case "click":
      // A tap shows the preview first; a second tap on the same citation follows the link.
      if (lastPointerType === "touch" && !openWhenTapped) {
        event.preventDefault();
        show(link);
      }
      break;
  }
}

export const EVENTS = ["pointerdown", "pointerover", "pointerout", "focusin", "focusout", "click", "keydown"] as const;

export function install(): void {
  for (const type of EVENTS) document.addEventListener(type, handle, true);
}
