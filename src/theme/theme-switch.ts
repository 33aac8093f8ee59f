/**
 * The theme switch in the header (SiteHeader.astro): three radios, Light, Dark and System. The
 * first-paint script (first-paint-script.ts) has already applied the stored choice; this shows it
 * in the switch, and applies and stores a new one. CSS shows the switch only once that script ran
 * (without JavaScript it could do nothing), so it is in place from the first paint: nothing moves.
 */
import { colorSchemeFor, THEME_CHOICES, THEME_STORAGE_KEY, type ThemeChoice } from "./choice.ts";

const isChoice = (value: string | undefined): value is ThemeChoice => THEME_CHOICES.includes(value as ThemeChoice);

function applyChoice(choice: ThemeChoice): void {
  document.documentElement.dataset.theme = choice;
  const meta = document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]');
  if (meta) meta.content = colorSchemeFor(choice);
  try {
    if (choice === "system") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage refused: the choice holds for this page only.
  }
}

const control = document.querySelector(".theme-switch");
if (control) {
  const current = document.documentElement.dataset.theme;
  for (const radio of control.querySelectorAll<HTMLInputElement>("input[type=radio]")) radio.checked = radio.value === current;
  control.addEventListener("change", (event) => {
    const value = (event.target as HTMLInputElement).value;
    if (isChoice(value)) applyChoice(value);
  });
}
