/**
 * Gate: valid HTML. Every page is checked by html-validate with the project's `.htmlvalidate.json`
 * (html-validate:recommended). A rule may be relaxed there only with a one-line reason here
 * (JSON has no comments); a unit test keeps the two lists identical.
 */
import { readFileSync } from "node:fs";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";

/** Every rule `.htmlvalidate.json` turns off or loosens, and why. */
export const RELAXED_RULES: Record<string, string> = {
  "long-title": "chapter titles are the review's own section titles; page-basics checks that titles are meaningful instead",
  "no-redundant-role":
    "DrugTable.astro lays table rows out as cards on narrow screens (display: block), which drops table semantics in some browsers; explicit roles keep them",
  "prefer-native-element": "rehype-citation writes each bibliography as <div role=list>/<div role=listitem>, which is equivalent to <ol>/<li>",
};

export const CONFIG_FILE = ".htmlvalidate.json";

export function loadConfig(file = CONFIG_FILE): ConfigData {
  return JSON.parse(readFileSync(file, "utf8")) as ConfigData;
}

export function createValidator(config: ConfigData = loadConfig()): HtmlValidate {
  return new HtmlValidate(new StaticConfigLoader(config));
}

/** Each problem as "line:column rule-id message". */
export function htmlValidityProblems(validator: HtmlValidate, html: string, name = "page.html"): string[] {
  const report = validator.validateStringSync(html, name);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}
