/**
 * Loaded when the browser is idle (src/layouts/when-idle.ts), so it costs nothing before: marks the
 * section being read in "On this page" with aria-current, and closes the phone menu when one of its
 * links leads somewhere on the same page (a <details> stays open otherwise, over the text).
 */
import { currentSection, READING_LINE } from "./current-section.ts";

function markCurrentSection(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>(".page-toc a[href^='#']")];
  const headings = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  if (links.length === 0 || headings.some((h) => !h)) return;
  let marked: HTMLAnchorElement | undefined;
  const update = () => {
    const current =
      links[
        currentSection(
          headings.map((h) => h!.getBoundingClientRect().top),
          innerHeight * READING_LINE,
        )
      ];
    if (current === marked) return;
    marked?.removeAttribute("aria-current");
    current?.setAttribute("aria-current", "true");
    marked = current;
  };
  // The observed strip ends at the reading line: a heading crossing it, or the top, is a change of section.
  const observer = new IntersectionObserver(update, { rootMargin: `0px 0px -${Math.round((1 - READING_LINE) * 100)}% 0px` });
  for (const heading of headings) observer.observe(heading!);
  update();
}

function closeMenuOnPageLinks(): void {
  const menu = document.querySelector<HTMLDetailsElement>(".site-menu");
  menu?.addEventListener("click", (event) => {
    if ((event.target as Element).closest("a[href^='#']")) menu.open = false;
  });
}

markCurrentSection();
closeMenuOnPageLinks();
