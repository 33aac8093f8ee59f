/**
 * The reader's colour theme: "light" or "dark" when chosen, "system" to follow the operating
 * system. Shared by the first-paint script and the switch in the header.
 */
export const THEME_CHOICES = ["light", "dark", "system"] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/**
 * The localStorage key. Namespaced: every GitHub Pages project site of an owner shares one origin,
 * and so one localStorage.
 */
export const THEME_STORAGE_KEY = "her2-kb:theme";

/** `<meta name="color-scheme">` for a choice: what the browser may use before the CSS loads. */
export function colorSchemeFor(choice: ThemeChoice): string {
  return choice === "system" ? "light dark" : choice;
}
