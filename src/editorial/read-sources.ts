/**
 * Reads the editorial sources (content/editorial-sources/*.yaml, one file per topic: labels,
 * trials, guidelines…) into typed sources, or into problems that name the line of the field at
 * fault. The `yaml` package's node ranges give the lines; the build and `npm run check` both call
 * this, so they report the same fault in the same words.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CONTENT_PATHS } from "../content/content-paths.ts";
import { parseYamlFile, yamlSyntaxProblem } from "../content/yaml-places.ts";
import { sortedGlob } from "../files/sorted-glob.ts";
import type { Problem } from "../checks/problem.ts";
import { editorialSourceSchema, type EditorialSource } from "./source-schema.ts";

export interface SourceText {
  /** Project-relative path. */
  path: string;
  text: string;
}

export interface EditorialSources {
  sources: EditorialSource[];
  byId: Map<string, EditorialSource>;
  problems: Problem[];
}

const FIX = "every source needs id, kind, title, publisher or authors, url, read and checked; see CONTRIBUTING.md";

export function parseEditorialSources(files: readonly SourceText[]): EditorialSources {
  const sources: EditorialSource[] = [];
  const byId = new Map<string, EditorialSource>();
  const firstPlace = new Map<string, string>();
  const byUrl = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { path: file, text } of files) {
    const yaml = parseYamlFile(text);
    const { doc, placeOf: nodeAt } = yaml;
    const syntax = yamlSyntaxProblem(file, yaml, "editorial");
    if (syntax) {
      problems.push(syntax);
      continue;
    }
    const raw: unknown = doc.toJS() ?? [];
    if (!Array.isArray(raw)) {
      problems.push({
        file,
        line: 1,
        column: 1,
        rule: "editorial",
        severity: "error",
        message: "the file must be a YAML list of sources",
        fix: 'start each source with "- id: …"',
      });
      continue;
    }
    raw.forEach((entry, i) => {
      const result = editorialSourceSchema.safeParse(entry);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const path = [i, ...(issue.path as (string | number)[])];
          problems.push({
            file,
            ...nodeAt(path),
            rule: "editorial",
            severity: "error",
            message: `${issue.path.join(".") || "entry"}: ${issue.message}`,
            fix: FIX,
          });
        }
        return;
      }
      const source = result.data;
      const place = nodeAt([i, "id"]);
      const first = firstPlace.get(source.id);
      if (first) {
        problems.push({
          file,
          ...place,
          rule: "editorial",
          severity: "error",
          message: `the source id "${source.id}" is already used at ${first}`,
          fix: "give each source its own id, or reuse the one that is there",
        });
        return;
      }
      const sameUrl = byUrl.get(source.url);
      if (sameUrl) {
        problems.push({
          file,
          ...nodeAt([i, "url"]),
          rule: "editorial",
          severity: "error",
          message: `this page is already listed as "${sameUrl}"`,
          fix: `cite "${sameUrl}" instead, and add what you read to its "read" field`,
        });
        return;
      }
      byUrl.set(source.url, source.id);
      firstPlace.set(source.id, `${file}:${place.line}`);
      sources.push(source);
      byId.set(source.id, source);
    });
  }
  return { sources, byId, problems };
}

/** The source files of a project folder, sorted by name. */
export function readEditorialSourceFiles(root = "."): SourceText[] {
  return sortedGlob("*.yaml", join(root, CONTENT_PATHS.editorialSources)).map((name) => {
    const path = `${CONTENT_PATHS.editorialSources}/${name}`;
    return { path, text: readFileSync(join(root, path), "utf8") };
  });
}

let cache: { key: string; parsed: EditorialSources } | undefined;

/** The sources as the build reads them: parsed again only when a file changes. */
export function loadEditorialSources(root = "."): EditorialSources {
  const files = readEditorialSourceFiles(root);
  const key = JSON.stringify(files);
  if (cache?.key !== key) cache = { key, parsed: parseEditorialSources(files) };
  return cache.parsed;
}
